namespace ReflectBot.Scheduling;

/// <summary>
/// Wakes the scheduler early when something it sleeps on has changed, such as a new check-in time
/// that falls before its next planned wake. Waking when nothing changed is harmless.
/// </summary>
public sealed class SchedulerSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = NewSource();

    /// <summary>A task that completes at the next <see cref="Wake"/>.</summary>
    public Task WaitAsync()
    {
        lock (_lock)
        {
            return _next.Task;
        }
    }

    public void Wake()
    {
        TaskCompletionSource woken;
        lock (_lock)
        {
            woken = _next;
            _next = NewSource();
        }

        woken.TrySetResult();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
