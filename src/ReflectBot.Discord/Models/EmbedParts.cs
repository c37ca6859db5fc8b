namespace ReflectBot.Discord.Models;

/// <summary>The footer line of an embed.</summary>
public sealed record EmbedFooter
{
    public required string Text { get; init; }
    public string? IconUrl { get; init; }
}

/// <summary>An embed image or thumbnail; the url may be attachment://name.</summary>
public sealed record EmbedMedia
{
    public required string Url { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
}

/// <summary>The author line of an embed.</summary>
public sealed record EmbedAuthor
{
    public required string Name { get; init; }
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}

/// <summary>One name/value field of an embed.</summary>
public sealed record EmbedField
{
    public required string Name { get; init; }
    public required string Value { get; init; }
    public bool? Inline { get; init; }
}
