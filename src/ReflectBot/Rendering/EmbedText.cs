namespace ReflectBot.Rendering;

/// <summary>Keeps text the bot composes around content inside Discord's embed limits, so a long text is cut, not refused.</summary>
public static class EmbedText
{
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;

    public static string Fit(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
