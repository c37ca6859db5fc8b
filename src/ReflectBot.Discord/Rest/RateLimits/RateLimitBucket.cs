namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// What the client knows of one Discord bucket. Responses can only lower Remaining or push the reset later,
/// so late or reordered responses never let more requests out than Discord allows. Remaining is raised again
/// only when the known window is over and every request sent has been answered: until then an answer may
/// still reveal that Discord's window ends later than we thought. Not thread-safe: the owner locks.
/// </summary>
internal sealed class RateLimitBucket(int limit, int remaining, DateTimeOffset resetAt, TimeSpan window)
{
    private TimeSpan _window = window;
    private TaskCompletionSource? _drained;

    public int Limit { get; private set; } = Math.Max(1, limit);
    public int Remaining { get; private set; } = remaining;
    public DateTimeOffset ResetAt { get; private set; } = resetAt;
    public DateTimeOffset LastUsed { get; private set; } = resetAt;
    public int InFlight { get; private set; }

    /// <summary>
    /// Takes one request from the bucket, or says what to wait for: a time (<paramref name="wait"/>)
    /// or the answers still in flight (<paramref name="drained"/>).
    /// </summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan wait, out Task? drained)
    {
        LastUsed = now;
        wait = TimeSpan.Zero;
        drained = null;
        if (Remaining <= 0 && now >= ResetAt)
        {
            if (InFlight > 0)
            {
                _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                drained = _drained.Task;
                return false;
            }

            // Our guess at Discord's next window; the answers of that window correct it.
            Remaining = Limit;
            ResetAt = now + _window;
        }

        if (Remaining > 0)
        {
            Remaining--;
            InFlight++;
            return true;
        }

        wait = ResetAt - now;
        return false;
    }

    /// <summary>One request taken from this bucket got its answer or was given up.</summary>
    public void Release()
    {
        InFlight = Math.Max(0, InFlight - 1);
        if (InFlight == 0 && _drained is { } drained)
        {
            _drained = null;
            drained.TrySetResult();
        }
    }

    public void Update(RateLimitResponse response, DateTimeOffset now)
    {
        LastUsed = now;
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
