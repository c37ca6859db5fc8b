namespace ReflectBot.Discord.Models;

/// <summary>A Discord user (or bot account).</summary>
public sealed record User
{
    public required Snowflake Id { get; init; }
    public required string Username { get; init; }
    public string? Discriminator { get; init; }
    public string? GlobalName { get; init; }
    public string? Avatar { get; init; }
    public bool? Bot { get; init; }
    public bool? System { get; init; }
}
