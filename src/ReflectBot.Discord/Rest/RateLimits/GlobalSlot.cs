namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>One request's place in the global limit, handed out by <see cref="GlobalRateLimiter"/>.</summary>
public sealed class GlobalSlot
{
    private readonly GlobalRateLimiter _owner;

    internal GlobalSlot(GlobalRateLimiter owner, DateTimeOffset at, bool background)
    {
        _owner = owner;
        At = at;
        Background = background;
    }

    /// <summary>When the slot's request left (or, until it does, when the slot was handed out).</summary>
    internal DateTimeOffset At { get; set; }

    internal bool Background { get; }

    /// <summary>
    /// The request is about to leave: the slot counts from this moment rather than from when it was handed out. False
    /// when a global 429 has paused every request since then: the slot is given back and the request waits again.
    /// </summary>
    public bool TryDepart() => _owner.TryDepart(this);
}
