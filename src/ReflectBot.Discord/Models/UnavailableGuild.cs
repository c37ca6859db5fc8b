namespace ReflectBot.Discord.Models;

/// <summary>
/// The GUILD_DELETE payload (and READY's guild stubs): a guild id, and whether the guild is only
/// unavailable because of an outage. Without <c>unavailable</c> true, the bot was removed from the guild.
/// </summary>
public sealed record UnavailableGuild
{
    public required Snowflake Id { get; init; }

    /// <summary>True during an outage; absent or false when the bot left or was removed.</summary>
    public bool? Unavailable { get; init; }

    /// <summary>True when the bot is no longer a member of the guild (not an outage).</summary>
    public bool IsRemoval => Unavailable != true;
}
