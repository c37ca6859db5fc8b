namespace ReflectBot.LocalDiscord.Clock;

/// <summary>
/// A clock that runs with the system's and can be moved forward, never back: the playground's "advance the clock"
/// lets a person see tomorrow's check-in now. Timers and timestamps stay on real time, so a wait that is already
/// running is not cut short; whoever sleeps until a wall-clock time listens to <see cref="Advanced"/> and looks again.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    /// <summary>The furthest one step may move the clock.</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromDays(31);

    private long _offsetTicks;

    /// <summary>Raised after each move, with the step taken.</summary>
    public event Action<TimeSpan>? Advanced;

    /// <summary>How far ahead of the system clock this one runs.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan step)
    {
        if (step <= TimeSpan.Zero || step > MaxStep)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"The clock moves forward by more than nothing and at most {MaxStep.TotalDays:0} days.");
        }

        Interlocked.Add(ref _offsetTicks, step.Ticks);
        Advanced?.Invoke(step);
    }
}
