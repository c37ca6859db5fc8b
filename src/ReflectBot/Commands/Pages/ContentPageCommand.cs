using ReflectBot.Core.Content;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Pages;

/// <summary>A slash command that shows one page of prompts/pages privately to whoever asks (/about, /help).</summary>
public sealed class ContentPageCommand(string name, string description, string pageId, ContentCatalogProvider content) : ISlashCommand
{
    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(name, description);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        => context.RespondAsync(InteractionReply.WithEmbed(PageEmbed.From(content.Current.GetPage(pageId))), cancellationToken);
}
