using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>/ground start [exercise] and /ground history, privately.</summary>
public sealed class GroundCommand(GroundingFlow flow) : ISlashCommand
{
    public const string Name = "ground";
    public const string StartSubcommand = "start";
    public const string HistorySubcommand = "history";
    public const string ExerciseOption = "exercise";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "A short grounding exercise for moments that feel like too much, privately",
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = StartSubcommand,
                Description = "Pick an exercise, or name one to start it straight away",
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String,
                        Name = ExerciseOption,
                        Description = "The exercise to start (leave empty for a menu)",
                        Autocomplete = true,
                        MaxLength = 100,
                    },
                ],
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.SubCommand,
                Name = HistorySubcommand,
                Description = "How intense things felt before and after, on average, per exercise",
            },
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        var path = data.CommandPath;
        if (path.Count > 1 && path[1] == HistorySubcommand)
        {
            return flow.HistoryAsync(context, cancellationToken);
        }

        return data.GetString(ExerciseOption) is { } typed && !string.IsNullOrWhiteSpace(typed)
            ? flow.StartAsync(context, typed.Trim(), onClickedMessage: false, cancellationToken)
            : flow.ShowMenuAsync(context, cancellationToken);
    }
}
