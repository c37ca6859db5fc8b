using ReflectBot.Data.Safety;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;
using ReflectBot.Servers;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// /config crisis-resources and crisis-resources-clear: the help a server's moderators want shown to its
/// members instead of the default international resources. Manage Server is checked from the interaction.
/// </summary>
public sealed class CrisisResourceSettings(GuildSafetyRepository repository, TimeProvider timeProvider)
{
    /// <summary>The longest text a server may set, so it fits beside a safety plan in one message.</summary>
    public const int MaxLength = 1000;

    public async Task SetAsync(InteractionContext context, string? text, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await context.RespondAsync(InteractionReply.Text(ConfigTexts.Empty), cancellationToken);
            return;
        }

        if (text.Length > MaxLength)
        {
            await context.RespondAsync(UnroutableModalReply.Create(ConfigTexts.TooLong(text.Length), [text]), cancellationToken);
            return;
        }

        await repository.SetCrisisResourcesAsync(guildId.Value, text.Trim(), timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(ConfigTexts.Set), cancellationToken);
    }

    public async Task ClearAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (await ServerSettingsAccess.RefuseUnlessManagerAsync(context, cancellationToken) is not { } guildId)
        {
            return;
        }

        await repository.SetCrisisResourcesAsync(guildId.Value, null, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(ConfigTexts.Cleared), cancellationToken);
    }

    /// <summary>The most of the server's text /config show quotes, so the whole reply stays within Discord's 2000 characters.</summary>
    public const int PreviewLength = 300;

    /// <summary>One line (and the start of the text itself, on one line) for /config show.</summary>
    public async Task<string> DescribeAsync(Snowflake guildId, CancellationToken cancellationToken)
        => await repository.GetCrisisResourcesAsync(guildId.Value, cancellationToken) is { Length: > 0 } own
            ? $"**Crisis resources:** this server's own (/help shows them in full):\n> {EmbedText.Fit(OneLine(own), PreviewLength)}"
            : "**Crisis resources:** the default international ones";

    private static string OneLine(string text)
        => string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static class ConfigTexts
    {
        public const string Empty = "The crisis resources text was empty, so nothing was changed. To go back to the default ones, use /config crisis-resources-clear.";

        public const string Set =
            "Saved. When someone's writing sounds like a crisis, or they open /safetyplan show or /help here, they will see these resources, privately.";

        public const string Cleared = "Cleared. Members of this server will see the default international crisis resources again.";

        public static string TooLong(int length) =>
            $"That text is {length} characters and the limit is {MaxLength}, so nothing was changed. Please shorten it, for example by linking to a page with more.";
    }
}
