using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ReflectBot.IntegrationTests.Support;

/// <summary>
/// A fake clock that tells which timers the bot has started, so a test moves time only once the
/// bot is really waiting. Advancing earlier could slip between the bot working out a wait and
/// starting its timer, and the timer would then fire late.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits for a timer of exactly <paramref name="dueTime"/> started since the last wait (others are passed over).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TestBot.Patience);
        while (await _timers.Reader.ReadAsync(timeout.Token) != dueTime)
        {
        }
    }

    /// <summary>Waits for the bot to start a timer of <paramref name="step"/>, then moves time by it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan step)
    {
        await WaitForTimerAsync(step);
        Advance(step);
    }

    /// <summary>Forgets timers seen so far, such as those of a run that was just stopped.</summary>
    public void ForgetTimers()
    {
        while (_timers.Reader.TryRead(out _))
        {
        }
    }
}
