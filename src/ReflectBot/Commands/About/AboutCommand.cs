using ReflectBot.Core.Content;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.About;

/// <summary>/about: what the bot is and is not, privately to whoever asks.</summary>
public sealed class AboutCommand(ContentCatalogProvider content) : ISlashCommand
{
    public const string PageId = "about";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        "about",
        "What ReflectBot is, what it is not, and how it treats your data");

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        => context.RespondAsync(InteractionReply.WithEmbed(PageEmbed.From(content.Current.GetPage(PageId))), cancellationToken);
}
