namespace ReflectBot.Discord.Models;

/// <summary>Objects that command options refer to, keyed by id.</summary>
public sealed record ResolvedData
{
    public IReadOnlyDictionary<Snowflake, User>? Users { get; init; }
    public IReadOnlyDictionary<Snowflake, GuildMember>? Members { get; init; }
    public IReadOnlyDictionary<Snowflake, Role>? Roles { get; init; }
    public IReadOnlyDictionary<Snowflake, Channel>? Channels { get; init; }
    public IReadOnlyDictionary<Snowflake, Attachment>? Attachments { get; init; }
    public IReadOnlyDictionary<Snowflake, Message>? Messages { get; init; }
}
