namespace ReflectBot.Discord.Models;

/// <summary>A server, with what permission computation needs: its owner and roles (the @everyone role's id is the guild's).</summary>
public sealed record Guild
{
    public required Snowflake Id { get; init; }
    public string? Name { get; init; }
    public required Snowflake OwnerId { get; init; }
    public IReadOnlyList<Role> Roles { get; init; } = [];
}
