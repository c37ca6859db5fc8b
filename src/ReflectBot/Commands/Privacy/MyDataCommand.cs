using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Privacy;

/// <summary>/mydata export|delete: take a copy of everything kept about you, or erase it.</summary>
public sealed class MyDataCommand(MyDataExport export, MyDataDeletion deletion) : ISlashCommand
{
    public const string Name = "mydata";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name,
        "Get a copy of everything ReflectBot keeps about you, or delete it",
        [
            Subcommand("export", "Get a private file with everything kept about you"),
            Subcommand("delete", "Erase everything kept about you and stop your check-ins (asks first)"),
        ]);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var path = context.Interaction.Data!.CommandPath;
        return (path.Count > 1 ? path[1] : null) switch
        {
            "export" => export.SendAsync(context, cancellationToken),
            "delete" => deletion.OfferAsync(context, cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text(PrivacyTexts.PickSubcommand), cancellationToken),
        };
    }

    private static ApplicationCommandOption Subcommand(string name, string description) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand,
        Name = name,
        Description = description,
    };
}
