namespace ReflectBot.Discord.Models;

/// <summary>A server role, as found in resolved command data and in a guild.</summary>
public sealed record Role
{
    public required Snowflake Id { get; init; }
    public string? Name { get; init; }
    public int? Color { get; init; }
    public Permissions? Permissions { get; init; }
    public bool? Managed { get; init; }
    public bool? Mentionable { get; init; }
}
