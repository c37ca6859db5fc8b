using ReflectBot.Core.Quiz;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Quiz;

/// <summary>/quiz start [mode] and /quiz history.</summary>
public sealed class QuizCommand(QuizSteps steps, QuizResultActions results) : ISlashCommand
{
    public const string Name = "quiz";
    private const string StartSubcommand = "start";
    private const string HistorySubcommand = "history";
    private const string ModeOption = "mode";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "See which attachment pattern your answers lean toward, privately",
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = StartSubcommand,
                Description = "Start the quiz, or pick up where you left off",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String,
                        Name = ModeOption,
                        Description = "Short: 12 statements, a few minutes. Full: 24 statements, a steadier picture.",
                        Choices =
                        [
                            ApplicationCommandOptionChoice.String("short (12 statements)", QuizModes.ShortId),
                            ApplicationCommandOptionChoice.String("full (24 statements)", QuizModes.FullId),
                        ],
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = HistorySubcommand,
                Description = "Your past results, with dates and how they changed",
            },
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        var path = data.CommandPath;
        if (path.Count > 1 && path[1] == HistorySubcommand)
        {
            return results.HistoryAsync(context, cancellationToken);
        }

        var modeText = data.GetString(ModeOption);
        if (modeText is not null && !QuizModes.TryParse(modeText, out _))
        {
            return context.RespondAsync(InteractionReply.Text("The mode can be short or full; please pick one from the list."), cancellationToken);
        }

        QuizMode? mode = QuizModes.TryParse(modeText, out var parsed) ? parsed : null;
        return steps.StartOrResumeAsync(context, mode, cancellationToken);
    }
}
