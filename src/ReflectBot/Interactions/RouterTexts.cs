using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>What the router says when it cannot hand an interaction to a feature.</summary>
internal static class RouterTexts
{
    public const string Failed =
        "Sorry, something went wrong on our side and nothing was changed. Please try again in a moment; " +
        "if it keeps happening, /help lists other ways in.";

    /// <summary>For someone over their per-minute budget; <paramref name="retryAt"/> is shown as a relative Discord timestamp.</summary>
    public static string SlowDown(DateTimeOffset retryAt) =>
        "You're moving faster than I can keep up with, so I've let that one pass and nothing was changed. " +
        $"Give it a moment and try again <t:{(retryAt.ToUnixTimeMilliseconds() + 999) / 1000}:R>.";

    public static string Unknown(InteractionType type) => type switch
    {
        InteractionType.MessageComponent =>
            "This button belongs to something that has ended or changed since it was sent. Nothing was changed. " +
            "Run the command again to start fresh.",
        _ => "I don't know that command any more; it may have been renamed. Type / to see what the bot offers, or run /help.",
    };
}
