namespace ReflectBot.Commands.Cards;

/// <summary>What people are told around explainer cards.</summary>
public static class CardTexts
{
    public const string MatureNote = "🔞 A heads-up: this card talks about sex. It is shown only to you.";

    public const string UnknownTopic =
        "I don't have a card on that topic. Start typing and pick one from the suggestions, or run /card list to see them all.";

    public const string CardGone =
        "That card isn't in my library any more. Run /card list to see the cards there are now.";

    public const string ServersOnly = "Cards can be shared inside a server only. /card show works anywhere, just for you.";

    public const string NeedsModerator =
        "Sharing a card posts it for the whole channel, so it's kept to moderators: members with Manage Messages, or the server's card role. "
        + "You can still read any card privately with /card show.";

    public const string NotATextChannel = "Please pick a text channel of this server: a card is shared as a message there.";

    public const string MatureNeedsAgeRestricted =
        "That card talks about sex, so I only share it in an age-restricted channel. Pick one of those, or read it privately with /card show.";

    public const string MatureOff =
        "This server has turned off sharing cards about sex (/config mature-cards). You can still read it privately with /card show.";

    public const string CannotCheckChannel =
        "I couldn't look up that channel (it may be hidden from me), so nothing was posted. Check that I can see it, then try again.";

    public const string Footer = "ReflectBot explainer · education, not a diagnosis";

    public const string TakeQuizLabel = "Take the quiz";

    public const string ShowMoreLabel = "Show me more";

    public static string NeedsModeratorThere(ulong channelId) =>
        $"You can share cards only where you could post and moderate yourself, and <#{channelId}> is not such a place for you, so nothing was posted. Ask someone who moderates that channel, or pick another.";

    public static string CouldNotPost(ulong channelId) =>
        $"Discord did not accept the card in <#{channelId}>, so nothing was posted. Check that I can still see the channel and send messages and embeds there, then try again.";

    public static string Shared(ulong channelId, string title) => $"Shared **{title}** in <#{channelId}>.";

    public static string MissingPermissions(ulong channelId, IEnumerable<string> missing) =>
        $"I can't post in <#{channelId}> yet: I'm missing {string.Join(", ", missing.Select(name => $"**{name}**"))} there. "
        + "Give ReflectBot's role that permission in the channel's settings (Edit Channel → Permissions), then try again. Nothing was posted.";
}
