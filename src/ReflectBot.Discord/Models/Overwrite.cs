namespace ReflectBot.Discord.Models;

/// <summary>Whom a channel permission overwrite targets.</summary>
public enum OverwriteType
{
    Role = 0,
    Member = 1,
}

/// <summary>A channel permission overwrite: bits allowed and denied to one role or member in that channel.</summary>
public sealed record Overwrite
{
    public required Snowflake Id { get; init; }
    public required OverwriteType Type { get; init; }
    public Permissions Allow { get; init; }
    public Permissions Deny { get; init; }
}
