namespace ReflectBot.Core.Content.Pages;

/// <summary>
/// How long each part of a page may be. The numbers are those of one Discord embed (title,
/// description, fields, footer and their sum), so any page can be shown whole in a single
/// message; the summary stays short enough for a list line. Core keeps only the numbers, not Discord's types.
/// </summary>
public static class PageLimits
{
    public const int Title = 256;
    public const int Summary = 200;
    public const int Body = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    /// <summary>The most that title, body, field names and values and footer may add up to.</summary>
    public const int Total = 6000;
}
