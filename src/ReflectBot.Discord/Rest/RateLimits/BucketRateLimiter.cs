using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// Maps route keys to the buckets Discord reveals in X-RateLimit-Bucket and makes requests wait for their bucket.
/// Until a route's bucket is known its requests go one at a time, so a burst cannot overshoot an unknown limit.
/// </summary>
public sealed class BucketRateLimiter(TimeProvider timeProvider, ILogger<BucketRateLimiter> logger)
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, RouteState> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>How many routes are tracked; interaction tokens make routes come and go.</summary>
    internal int TrackedRouteCount
    {
        get
        {
            lock (_lock)
            {
                return _routes.Count;
            }
        }
    }

    /// <summary>Waits until the route's bucket lets one request through.</summary>
    public async ValueTask<BucketTicket> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            RouteState state;
            TimeSpan wait;
            Task? drained = null;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                SweepIdle(now);
                if (!_routes.TryGetValue(route.Key, out var found))
                {
                    found = new RouteState();
                    _routes.Add(route.Key, found);
                }

                state = found;
                state.LastUsed = now;
                if (state.PausedUntil > now)
                {
                    wait = state.PausedUntil - now;
                }
                else if (state.Unlimited)
                {
                    return new BucketTicket(this, route, state, null, holdsGate: false);
                }
                else if (state.BucketId is { } bucketId && _buckets.TryGetValue(bucketId, out var bucket))
                {
                    if (bucket.TryTake(now, out wait, out drained))
                    {
                        return new BucketTicket(this, route, state, bucket, holdsGate: false);
                    }
                }
                else
                {
                    wait = TimeSpan.Zero;
                }
            }

            if (drained is not null)
            {
                await drained.WaitAsync(cancellationToken);
                continue;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
                continue;
            }

            // Bucket unknown: one request at a time until a response names it.
            await state.Gate.WaitAsync(cancellationToken);
            lock (_lock)
            {
                var learnt = state.Unlimited || state.BucketId is not null;
                var paused = state.PausedUntil > timeProvider.GetUtcNow();
                if (!learnt && !paused)
                {
                    return new BucketTicket(this, route, state, null, holdsGate: true);
                }
            }

            state.Gate.Release();
        }
    }

    internal void Complete(BucketTicket ticket, RateLimitResponse response)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            var state = ticket.State;
            RateLimitBucket? bucket = null;
            if (response.Bucket is { Length: > 0 } hash)
            {
                // The same hash under different major parameters (two channels) is two buckets.
                var bucketId = hash + ":" + ticket.Route.MajorParameter;
                if (!_buckets.TryGetValue(bucketId, out bucket))
                {
                    bucket = new RateLimitBucket(
                        response.Limit ?? 1,
                        response.Remaining ?? 0,
                        now + (response.ResetAfter ?? TimeSpan.FromSeconds(1)),
                        response.ResetAfter ?? TimeSpan.FromSeconds(1));
                    _buckets.Add(bucketId, bucket);
                }
                else
                {
                    bucket.Update(response, now);
                }

                if (!string.Equals(state.BucketId, bucketId, StringComparison.Ordinal))
                {
                    state.BucketId = bucketId;
                    state.Unlimited = false;
                    logger.BucketLearnt(ticket.Route.Template, hash, bucket.Limit);
                }
            }
            else if ((int)response.StatusCode is >= 200 and < 300 && state.BucketId is null)
            {
                // A success without bucket headers: Discord does not limit this route per bucket.
                state.Unlimited = true;
            }

            if (response.IsRateLimited && !response.IsGlobal)
            {
                var until = now + (response.RetryAfter ?? response.ResetAfter ?? TimeSpan.FromSeconds(1));
                if (bucket is not null)
                {
                    bucket.PauseUntil(until);
                }
                else if (until > state.PausedUntil)
                {
                    state.PausedUntil = until;
                }
            }

            ticket.TakenFrom?.Release();
        }

        if (ticket.HoldsGate)
        {
            ticket.State.Gate.Release();
        }
    }

    internal void Abandon(BucketTicket ticket)
    {
        lock (_lock)
        {
            ticket.TakenFrom?.Release();
        }

        if (ticket.HoldsGate)
        {
            ticket.State.Gate.Release();
        }
    }

    private void SweepIdle(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepInterval;
        var idleSince = now - IdleLifetime;
        foreach (var (key, state) in _routes.ToList())
        {
            // Routes still learning their bucket may have waiters on the gate; leave those alone.
            if ((state.Unlimited || state.BucketId is not null) && state.LastUsed < idleSince && state.PausedUntil < now)
            {
                _routes.Remove(key);
            }
        }

        var inUse = _routes.Values.Select(state => state.BucketId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (id, bucket) in _buckets.ToList())
        {
            if (!inUse.Contains(id) && bucket.LastUsed < idleSince && bucket.ResetAt < now && bucket.InFlight == 0)
            {
                _buckets.Remove(id);
            }
        }
    }

    internal sealed class RouteState
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public string? BucketId { get; set; }
        public bool Unlimited { get; set; }
        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;
        public DateTimeOffset LastUsed { get; set; }
    }
}
