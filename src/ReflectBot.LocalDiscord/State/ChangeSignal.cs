namespace ReflectBot.LocalDiscord.State;

/// <summary>Wakes long-polls whenever some state changed, so waits never need to sleep and retry.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version;

    /// <summary>How many changes there have been: a reader that saw this number can wait for the next.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>
    /// True once <paramref name="condition"/> holds, false after <paramref name="timeout"/> of wall-clock time.
    /// The timeout is the test harness's patience, not simulated Discord time, so it uses the system clock
    /// even when the server runs on a fake one.
    /// </summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var deadline = clock.GetUtcNow() + timeout;
        while (true)
        {
            var changed = Volatile.Read(ref _next).Task;
            if (condition())
            {
                return true;
            }

            var remaining = deadline - clock.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await changed.WaitAsync(remaining, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                return condition();
            }
        }
    }
}
