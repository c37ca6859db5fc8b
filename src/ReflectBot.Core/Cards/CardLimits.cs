namespace ReflectBot.Core.Cards;

/// <summary>
/// The size of a card and of prompts/cards/ as a whole. A card is shown as one Discord embed, so its parts
/// keep to an embed's limits, with room left for the footer the bot adds.
/// </summary>
public static class CardLimits
{
    public const int Title = 256;
    public const int Summary = 200;
    public const int Body = 4096;
    public const int MaxSources = 3;
    public const int MaxRelated = 4;
    public const int MinCards = 20;

    /// <summary>Discord's limit on all the text of one embed together.</summary>
    public const int EmbedTotal = 6000;

    /// <summary>What the bot's own footer and notes around a card may take.</summary>
    public const int ReservedForView = 300;

    /// <summary>The most that title, summary and body together may add up to.</summary>
    public const int CardTotal = EmbedTotal - ReservedForView;
}
