using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Scheduling;

/// <summary>
/// Runs the scheduled jobs (daily check-ins, weekly summaries, server prompts) as one hosted loop:
/// run what is due, then sleep until the earliest next wake, a change signal, or the idle limit.
/// Its Discord requests are marked background, so they never hold up someone's interaction.
/// </summary>
public sealed partial class SchedulerService(
    IEnumerable<IScheduledJob> jobs,
    SchedulerSignal signal,
    IOptions<CheckinOptions> options,
    TimeProvider timeProvider,
    ILogger<SchedulerService> logger) : BackgroundService
{
    /// <summary>After a round with failures, the first pause before trying again, so a broken row cannot spin the loop.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly IReadOnlyList<IScheduledJob> _jobs = jobs.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var background = DiscordRequestPriority.BeginBackground();
        var failedRounds = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the round, so a change made during it still wakes the next sleep.
            var woken = signal.WaitAsync();
            var failed = await RunRoundAsync(stoppingToken);
            failedRounds = failed ? failedRounds + 1 : 0;
            var wait = await NextWaitAsync(failedRounds, stoppingToken);
            LogSleeping(wait);
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(Task.Delay(wait, timeProvider, stoppingToken), woken);
            }
        }
    }

    private async Task<bool> RunRoundAsync(CancellationToken stoppingToken)
    {
        var failed = false;
        foreach (var job in _jobs)
        {
            try
            {
                var round = await job.RunAsync(timeProvider.GetUtcNow(), stoppingToken);
                failed |= round.Failed > 0;
                if (round.Handled > 0)
                {
                    LogRound(job.Name, round.Handled, round.Failed);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failed = true;
                LogJobFailed(exception, job.Name);
            }
        }

        return failed;
    }

    /// <summary>
    /// Until the earliest next wake, at most the idle limit. After failed rounds in a row the pause
    /// doubles from <see cref="RetryDelay"/> up to the idle limit, so an outage is not hammered.
    /// </summary>
    private async Task<TimeSpan> NextWaitAsync(int failedRounds, CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var idle = options.Value.MaxIdleWait;
        var wait = idle;
        var failed = failedRounds > 0;
        foreach (var job in _jobs)
        {
            try
            {
                if (await job.NextWakeAsync(stoppingToken) is { } wake && wake - now < wait)
                {
                    wait = wake - now;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failed = true;
                LogJobFailed(exception, job.Name);
            }
        }

        if (!failed)
        {
            return wait;
        }

        var backoff = RetryDelay * Math.Pow(2, Math.Clamp(failedRounds - 1, 0, 10));
        var floor = backoff < idle ? backoff : idle;
        return wait < floor ? floor : wait;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler job {Job} handled {Handled} items ({Failed} failed)")]
    private partial void LogRound(string job, int handled, int failed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduler round done; next round in at most {Wait}")]
    private partial void LogSleeping(TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler job {Job} failed; it will be tried again")]
    private partial void LogJobFailed(Exception exception, string job);
}
