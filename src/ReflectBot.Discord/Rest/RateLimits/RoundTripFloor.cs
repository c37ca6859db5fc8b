namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// The fastest round trip of the last <paramref name="memory"/>: the part of every trip that is travel and work rather
/// than delay. A sliding-window minimum; not thread-safe, its owner locks.
/// </summary>
internal sealed class RoundTripFloor(TimeSpan memory)
{
    /// <summary>Trips that may still become the fastest: each faster and newer than the one before it.</summary>
    private readonly LinkedList<(DateTimeOffset At, TimeSpan RoundTrip)> _candidates = new();

    /// <summary>The fastest trip remembered, or null when none came back recently.</summary>
    public TimeSpan? Current(DateTimeOffset now)
    {
        while (_candidates.First is { } oldest && oldest.Value.At <= now - memory)
        {
            _candidates.RemoveFirst();
        }

        return _candidates.First?.Value.RoundTrip;
    }

    public void Add(DateTimeOffset now, TimeSpan roundTrip)
    {
        // A slower trip that came back earlier can never be the fastest again.
        while (_candidates.Last is { } newest && newest.Value.RoundTrip >= roundTrip)
        {
            _candidates.RemoveLast();
        }

        _candidates.AddLast((now, roundTrip));
    }
}
