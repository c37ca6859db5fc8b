namespace ReflectBot.Discord.Models;

/// <summary>A file on a message; outgoing, only id (the files[n] index) and filename are set.</summary>
public sealed record Attachment
{
    public required Snowflake Id { get; init; }
    public string? Filename { get; init; }
    public string? Description { get; init; }
    public string? ContentType { get; init; }
    public long? Size { get; init; }
    public string? Url { get; init; }
    public string? ProxyUrl { get; init; }
    public bool? Ephemeral { get; init; }
}
