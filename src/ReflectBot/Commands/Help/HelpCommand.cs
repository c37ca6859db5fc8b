using ReflectBot.Core.Content;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Help;

/// <summary>/help: the commands, and where to turn when things are hard right now.</summary>
public sealed class HelpCommand(ContentCatalogProvider content) : ISlashCommand
{
    public const string PageId = "help";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        "help",
        "What you can do with ReflectBot, and where to find support");

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        => context.RespondAsync(InteractionReply.WithEmbed(PageEmbed.From(content.Current.GetPage(PageId))), cancellationToken);
}
