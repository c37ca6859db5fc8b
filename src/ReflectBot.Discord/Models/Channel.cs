namespace ReflectBot.Discord.Models;

/// <summary>A channel, full or partial (interactions carry a partial one).</summary>
public sealed record Channel
{
    public required Snowflake Id { get; init; }
    public required ChannelType Type { get; init; }
    public Snowflake? GuildId { get; init; }
    public string? Name { get; init; }
    public bool? Nsfw { get; init; }
    public Snowflake? ParentId { get; init; }
    public IReadOnlyList<User>? Recipients { get; init; }
    public Permissions? Permissions { get; init; }

    /// <summary>Guild channels only; a thread has none of its own and follows its parent's.</summary>
    public IReadOnlyList<Overwrite>? PermissionOverwrites { get; init; }
}
