namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>The rate limiter the REST client uses: invalid-request budget, then route bucket, then the global limit.</summary>
public sealed class DiscordRateLimiter(
    BucketRateLimiter buckets,
    GlobalRateLimiter global,
    InvalidRequestCounter invalidRequests,
    TimeProvider timeProvider) : IDiscordRateLimiter
{
    public async ValueTask<IRateLimitPermit> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        // Read before the first await: the ambient priority is the caller's.
        var priority = DiscordRequestPriority.Current;
        await invalidRequests.WaitAsync(cancellationToken);

        // An interaction is answered once, so its callback has no bucket worth learning.
        var ticket = route.Kind == DiscordRouteKind.InteractionCallback
            ? null
            : await buckets.AcquireAsync(route, cancellationToken);
        long? departedAt = null;
        try
        {
            if (!route.IsExemptFromGlobalLimit)
            {
                // This resumes when the request is about to leave, which on a busy machine can be well after the slot
                // was handed out, and after a global 429 has been learned.
                while (!(await global.WaitAsync(priority, cancellationToken)).TryDepart())
                {
                }

                departedAt = timeProvider.GetTimestamp();
            }
        }
        catch
        {
            ticket?.Abandon();
            throw;
        }

        return new Permit(this, ticket, departedAt);
    }

    private void OnResponse(BucketTicket? ticket, long? departedAt, RateLimitResponse response)
    {
        ticket?.Complete(response);
        if (departedAt is { } departed)
        {
            global.ObserveRoundTrip(timeProvider.GetElapsedTime(departed));
        }

        if (response.IsRateLimited && response.IsGlobal)
        {
            global.PauseUntil(timeProvider.GetUtcNow() + (response.RetryAfter ?? TimeSpan.FromSeconds(1)));
        }

        if (response.IsInvalidRequest)
        {
            invalidRequests.Record();
        }
    }

    private sealed class Permit(DiscordRateLimiter owner, BucketTicket? ticket, long? departedAt) : IRateLimitPermit
    {
        private bool _completed;

        public void Complete(RateLimitResponse response)
        {
            if (!_completed)
            {
                _completed = true;
                owner.OnResponse(ticket, departedAt, response);
            }
        }

        public void Dispose()
        {
            if (!_completed)
            {
                ticket?.Abandon();
            }
        }
    }
}
