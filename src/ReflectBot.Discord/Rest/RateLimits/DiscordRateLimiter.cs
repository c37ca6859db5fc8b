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
        try
        {
            if (!route.IsExemptFromGlobalLimit)
            {
                await global.WaitAsync(priority, cancellationToken);
            }
        }
        catch
        {
            ticket?.Abandon();
            throw;
        }

        return new Permit(this, ticket);
    }

    private void OnResponse(BucketTicket? ticket, RateLimitResponse response)
    {
        ticket?.Complete(response);
        if (response.IsRateLimited && response.IsGlobal)
        {
            global.PauseUntil(timeProvider.GetUtcNow() + (response.RetryAfter ?? TimeSpan.FromSeconds(1)));
        }

        if (response.IsInvalidRequest)
        {
            invalidRequests.Record();
        }
    }

    private sealed class Permit(DiscordRateLimiter owner, BucketTicket? ticket) : IRateLimitPermit
    {
        private bool _completed;

        public void Complete(RateLimitResponse response)
        {
            if (!_completed)
            {
                _completed = true;
                owner.OnResponse(ticket, response);
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
