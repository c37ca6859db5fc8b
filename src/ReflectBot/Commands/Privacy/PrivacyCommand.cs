using Microsoft.Extensions.Options;
using ReflectBot.Core.Content;
using ReflectBot.Data;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Privacy;

/// <summary>/privacy: the privacy page, plus how long this bot keeps moods and reflections and whether it encrypts text.</summary>
public sealed class PrivacyCommand(ContentCatalogProvider content, IOptions<StorageOptions> storage) : ISlashCommand
{
    public const string Name = "privacy";
    public const string PageId = "privacy";

    public ApplicationCommand Definition { get; } = SlashCommandDefinitions.Everywhere(
        Name, "What ReflectBot keeps about you, for how long, who sees it, and how to take or delete it");

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        => context.RespondAsync(InteractionReply.WithEmbed(Build()), cancellationToken);

    /// <summary>The page as one embed, with this bot's settings as the last field.</summary>
    public Embed Build()
    {
        var page = PageEmbed.From(content.Current.GetPage(PageId));
        return page with { Fields = [.. page.Fields ?? [], SettingsField(storage.Value)] };
    }

    /// <summary>This bot's retention and encryption, said plainly.</summary>
    public static EmbedField SettingsField(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var encrypted = !string.IsNullOrWhiteSpace(options.EncryptionKey);
        return new EmbedField
        {
            Name = PrivacyTexts.SettingsHeading,
            Value = $"- {PrivacyTexts.Retention(options.RetentionDays)}\n- {(encrypted ? PrivacyTexts.Encrypted : PrivacyTexts.NotEncrypted)}",
        };
    }
}
