using ReflectBot.LocalDiscord.Clock;
using ReflectBot.Scheduling;

namespace ReflectBot.Hosting;

/// <summary>
/// In local mode, wakes the scheduler whenever the playground moves the clock forward, so check-ins that just came
/// due go out now instead of at the scheduler's next planned wake.
/// </summary>
public sealed partial class LocalClockWatcher(AdjustableClock clock, SchedulerSignal signal, ILogger<LocalClockWatcher> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        clock.Advanced += OnAdvanced;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        clock.Advanced -= OnAdvanced;
        return Task.CompletedTask;
    }

    private void OnAdvanced(TimeSpan step)
    {
        LogAdvanced(step, clock.Offset);
        signal.Wake();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Local clock moved forward by {Step}; it now runs {Offset} ahead of the system clock")]
    private partial void LogAdvanced(TimeSpan step, TimeSpan offset);
}
