namespace ReflectBot.Discord.Models;

/// <summary>The guilds READY lists: every guild the bot is a member of on this connection, as unavailable stubs.</summary>
public sealed record ReadyGuilds
{
    /// <summary>Null when READY carried no guild list at all (never treated as "no guilds").</summary>
    public IReadOnlyList<UnavailableGuild>? Guilds { get; init; }
}
