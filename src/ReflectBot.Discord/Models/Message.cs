namespace ReflectBot.Discord.Models;

/// <summary>A message as Discord returns it.</summary>
public sealed record Message
{
    public required Snowflake Id { get; init; }
    public required Snowflake ChannelId { get; init; }
    public User? Author { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? EditedTimestamp { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public MessageFlags? Flags { get; init; }

    /// <summary>Discord echoes a nonce as a string or a number; kept raw.</summary>
    public System.Text.Json.JsonElement? Nonce { get; init; }

    public Snowflake? WebhookId { get; init; }
    public Snowflake? GuildId { get; init; }
}
