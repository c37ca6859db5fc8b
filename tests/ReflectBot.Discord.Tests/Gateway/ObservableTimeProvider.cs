using Microsoft.Extensions.Time.Testing;

namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>
/// A FakeTimeProvider that reports each timer it creates, so a test can advance time only once the code
/// under test is actually waiting (advancing earlier would leave the later timer unfired).
/// </summary>
public sealed class ObservableTimeProvider : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(TimeSpan DueTime, int Occurrence, TaskCompletionSource Signal)> _waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _created.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => Count(w.DueTime) >= w.Occurrence).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return timer;
    }

    /// <summary>Completes once the given number of timers with this due time have been created.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime, int occurrence = 1)
    {
        lock (_lock)
        {
            if (Count(dueTime) >= occurrence)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, occurrence, signal));
            return signal.Task.WaitAsync(TestTimeouts.Wait);
        }
    }

    /// <summary>Waits for a timer with this due time, then moves time past it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan dueTime, int occurrence = 1)
    {
        await WaitForTimerAsync(dueTime, occurrence);
        Advance(dueTime);
    }

    private int Count(TimeSpan dueTime) => _created.Count(d => d == dueTime);
}
