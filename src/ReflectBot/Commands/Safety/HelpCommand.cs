using ReflectBot.Core.Content;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// /help: prompts/pages/help.yaml with the crisis resources added right after its support field, from the
/// same source crisis support uses, so a server's own resources show here too.
/// </summary>
public sealed class HelpCommand(ContentCatalogProvider content, CrisisResourcesSource resources) : ISlashCommand
{
    public const string Name = "help";
    public const string PageId = "help";

    /// <summary>The help page's field after which the resources are shown.</summary>
    public const string SupportFieldName = "If you are struggling right now";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name, "What you can do with ReflectBot, and where to find support");

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var page = PageEmbed.From(content.Current.GetPage(PageId));
        var support = new EmbedField
        {
            Name = SafetyTexts.ResourcesTitle,
            Value = EmbedText.Fit(await resources.ForAsync(context.Interaction.GuildId, cancellationToken), 1024),
        };
        var fields = (page.Fields ?? []).ToList();
        var at = fields.FindIndex(field => field.Name == SupportFieldName);
        fields.Insert(at < 0 ? fields.Count : at + 1, support);
        await context.RespondAsync(InteractionReply.WithEmbed(page with { Fields = fields }), cancellationToken);
    }
}
