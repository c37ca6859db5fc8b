namespace ReflectBot.Core.Cards;

/// <summary>The articles a card may name as its sources.</summary>
public static class CardSources
{
    public const string OxytocinBonding = "oxytocin-bonding";
    public const string AttachmentIntimacy = "attachment-intimacy";
    public const string OxytocinHealing = "oxytocin-healing";

    public static IReadOnlyList<string> All { get; } = [OxytocinBonding, AttachmentIntimacy, OxytocinHealing];
}
