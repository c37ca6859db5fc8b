namespace ReflectBot.Discord.Models;

/// <summary>A partial emoji as used on buttons and select options: unicode by name, custom by id.</summary>
public sealed record Emoji
{
    public Snowflake? Id { get; init; }
    public string? Name { get; init; }
    public bool? Animated { get; init; }
}
