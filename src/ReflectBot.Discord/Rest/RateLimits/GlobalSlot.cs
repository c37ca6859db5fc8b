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

    /// <summary>
    /// The moment the slot counts from: when it was handed out, then when its request left, and once the answer is in,
    /// the latest moment the request can have reached Discord.
    /// </summary>
    internal DateTimeOffset At { get; set; }

    /// <summary>
    /// The fastest round trip answered before the request left: the trip's part that is not delay. Requests on their way
    /// together may all be delayed alike, so none of them sets this for another.
    /// </summary>
    internal TimeSpan? FloorAtDeparture { get; set; }

    /// <summary>
    /// Left and not yet answered: it may still be on its way, so the slot cannot leave the window. Meanwhile
    /// <see cref="At"/> is the departure.
    /// </summary>
    internal bool InFlight { get; set; }

    internal bool Background { get; }

    /// <summary>
    /// The request is about to leave: the slot counts from this moment rather than from when it was handed out. False
    /// when a global 429 has paused every request since then: the slot is given back and the request waits again.
    /// </summary>
    public bool TryDepart() => _owner.TryDepart(this);

    /// <summary>
    /// The request is over: answered (<paramref name="answered"/>), or failed without an answer. The slot now counts
    /// from the latest moment the request can have reached Discord.
    /// </summary>
    public void Land(bool answered) => _owner.Land(this, answered);
}
