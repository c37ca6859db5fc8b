namespace ReflectBot.Core.Cards;

/// <summary>The themes cards are grouped by in /card list, in the order they are listed.</summary>
public static class CardThemes
{
    public const string Hormones = "hormones";
    public const string Patterns = "patterns";
    public const string Connection = "connection";
    public const string Healing = "healing";
    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Hormones, Patterns, Connection, Healing, Support];
}
