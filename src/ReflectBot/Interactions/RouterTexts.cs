using ReflectBot.Discord.Models;

namespace ReflectBot.Interactions;

/// <summary>What the router says when it cannot hand an interaction to a feature.</summary>
internal static class RouterTexts
{
    public const string Failed =
        "Sorry, something went wrong on our side and nothing was changed. Please try again in a moment; " +
        "if it keeps happening, /help lists other ways in.";

    public static string Unknown(InteractionType type) => type switch
    {
        InteractionType.MessageComponent =>
            "This button belongs to something that has ended or changed since it was sent. Nothing was changed. " +
            "Run the command again to start fresh.",
        _ => "I don't know that command any more; it may have been renamed. Type / to see what the bot offers, or run /help.",
    };
}
