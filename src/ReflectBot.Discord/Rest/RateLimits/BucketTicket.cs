namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>One request's place in its route's bucket; finished exactly once by a response or by abandoning it.</summary>
public sealed class BucketTicket
{
    private readonly BucketRateLimiter _owner;
    private int _finished;

    internal BucketTicket(BucketRateLimiter owner, DiscordRoute route, BucketRateLimiter.RouteState state, RateLimitBucket? takenFrom, bool holdsGate)
    {
        TakenFrom = takenFrom;
        _owner = owner;
        Route = route;
        State = state;
        HoldsGate = holdsGate;
    }

    public DiscordRoute Route { get; }

    internal BucketRateLimiter.RouteState State { get; }

    /// <summary>The bucket this request counts against while it is in flight, once the route's bucket is known.</summary>
    internal RateLimitBucket? TakenFrom { get; }

    /// <summary>True while this request is the one teaching the route its bucket.</summary>
    internal bool HoldsGate { get; }

    public void Complete(RateLimitResponse response)
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            _owner.Complete(this, response);
        }
    }

    public void Abandon()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            _owner.Abandon(this);
        }
    }
}
