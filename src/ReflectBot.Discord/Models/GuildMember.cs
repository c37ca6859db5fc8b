namespace ReflectBot.Discord.Models;

/// <summary>A user's membership in a server; in interactions it carries computed channel permissions.</summary>
public sealed record GuildMember
{
    /// <summary>Absent in resolved data, where the user is listed separately.</summary>
    public User? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<Snowflake>? Roles { get; init; }
    public Permissions? Permissions { get; init; }
    public DateTimeOffset? JoinedAt { get; init; }
}
