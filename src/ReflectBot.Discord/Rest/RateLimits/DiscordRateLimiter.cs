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
        GlobalSlot? slot = null;
        try
        {
            if (!route.IsExemptFromGlobalLimit)
            {
                // This resumes when the request is about to leave, which on a busy machine can be well after the slot
                // was handed out, and after a global 429 has been learned.
                do
                {
                    slot = await global.WaitAsync(priority, cancellationToken);
                }
                while (!slot.TryDepart());
            }
        }
        catch
        {
            ticket?.Abandon();
            throw;
        }

        return new Permit(this, ticket, slot);
    }

    private void OnResponse(BucketTicket? ticket, GlobalSlot? slot, RateLimitResponse response)
    {
        ticket?.Complete(response);
        if (response.IsRateLimited && response.IsGlobal)
        {
            global.PauseUntil(timeProvider.GetUtcNow() + (response.RetryAfter ?? TimeSpan.FromSeconds(1)));
        }

        // After any pause, so the slot this frees does not go to a request that would leave into it.
        slot?.Land(answered: true);

        if (response.IsInvalidRequest)
        {
            invalidRequests.Record();
        }
    }

    private sealed class Permit(DiscordRateLimiter owner, BucketTicket? ticket, GlobalSlot? slot) : IRateLimitPermit
    {
        private bool _completed;

        public void Complete(RateLimitResponse response)
        {
            if (!_completed)
            {
                _completed = true;
                owner.OnResponse(ticket, slot, response);
            }
        }

        public void Dispose()
        {
            if (!_completed)
            {
                ticket?.Abandon();
                slot?.Land(answered: false);
            }
        }
    }
}
