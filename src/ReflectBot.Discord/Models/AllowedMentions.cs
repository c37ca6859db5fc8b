namespace ReflectBot.Discord.Models;

/// <summary>Which mentions in a message may ping; <see cref="None"/> pings nobody.</summary>
public sealed record AllowedMentions
{
    public const string ParseUsers = "users";
    public const string ParseRoles = "roles";
    public const string ParseEveryone = "everyone";

    /// <summary>Pings nobody: the default the REST client applies to every outgoing message.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };

    public IReadOnlyList<string>? Parse { get; init; }
    public IReadOnlyList<Snowflake>? Users { get; init; }
    public IReadOnlyList<Snowflake>? Roles { get; init; }
    public bool? RepliedUser { get; init; }
}
