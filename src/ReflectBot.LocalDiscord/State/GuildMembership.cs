namespace ReflectBot.LocalDiscord.State;

/// <summary>Whether the bot is in the seeded guild, and whether that guild is in an outage.</summary>
internal enum GuildPresence
{
    Member,
    Unavailable,
    Removed,
}

/// <summary>
/// The bot's standing in the seeded guild, changed by the control API: removed (kicked or left) or
/// unavailable (an outage). The gateway and the REST routes read it to behave as Discord would.
/// </summary>
internal sealed class GuildMembership
{
    private readonly Lock _lock = new();
    private GuildPresence _presence = GuildPresence.Member;

    public GuildPresence Presence
    {
        get { lock (_lock) { return _presence; } }
    }

    /// <summary>False once the bot was removed; an outage does not end membership.</summary>
    public bool IsMember => Presence != GuildPresence.Removed;

    /// <summary>Moves from <paramref name="from"/> to <paramref name="to"/>; false (and no change) when the bot is not in <paramref name="from"/>.</summary>
    public bool TryMove(GuildPresence from, GuildPresence to)
    {
        lock (_lock)
        {
            if (_presence != from)
            {
                return false;
            }

            _presence = to;
            return true;
        }
    }
}
