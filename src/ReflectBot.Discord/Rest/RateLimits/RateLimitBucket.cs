namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// What the client knows of one Discord bucket. Only a reset may raise Remaining; responses can only lower it
/// or push the reset later, so late or reordered responses never let more requests out than Discord allows.
/// Not thread-safe: the owner locks.
/// </summary>
internal sealed class RateLimitBucket(int limit, int remaining, DateTimeOffset resetAt, TimeSpan window)
{
    public int Limit { get; private set; } = Math.Max(1, limit);
    public int Remaining { get; private set; } = remaining;
    public DateTimeOffset ResetAt { get; private set; } = resetAt;
    public DateTimeOffset LastUsed { get; private set; } = resetAt;

    private TimeSpan _window = window;

    /// <summary>Takes one request from the bucket, or says how long until it refills.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan wait)
    {
        LastUsed = now;
        if (now >= ResetAt)
        {
            // Our guess at Discord's next window; the first response of that window corrects it.
            Remaining = Limit;
            ResetAt = now + _window;
        }

        if (Remaining > 0)
        {
            Remaining--;
            wait = TimeSpan.Zero;
            return true;
        }

        wait = ResetAt - now;
        return false;
    }

    public void Update(RateLimitResponse response, DateTimeOffset now)
    {
        if (response.Limit is { } newLimit)
        {
            Limit = Math.Max(1, newLimit);
        }

        if (response.Remaining is { } newRemaining)
        {
            Remaining = Math.Min(Remaining, newRemaining);
        }

        if (response.ResetAfter is { } resetAfter)
        {
            if (now + resetAfter > ResetAt)
            {
                ResetAt = now + resetAfter;
            }

            if (resetAfter > _window)
            {
                _window = resetAfter;
            }
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        Remaining = 0;
        if (until > ResetAt)
        {
            ResetAt = until;
        }
    }
}
