using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Scheduling;

namespace ReflectBot.Tests.Scheduling;

/// <summary>The scheduler loop on a controlled clock: when it runs rounds and how long it sleeps.</summary>
public sealed class SchedulerServiceTests
{
    private static readonly TimeSpan MaxIdleWait = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task It_runs_every_job_at_start_then_sleeps_until_the_earliest_next_wake()
    {
        var time = new TimerWatchingTimeProvider();
        var soon = new ScriptedJob("soon", time) { WakeIn = TimeSpan.FromSeconds(20) };
        var later = new ScriptedJob("later", time) { WakeIn = TimeSpan.FromSeconds(45) };
        using var scheduler = Create(time, new SchedulerSignal(), soon, later);

        await scheduler.StartAsync(CancellationToken.None);
        var startedAt = time.GetUtcNow();
        Assert.Equal(startedAt, await soon.NextRoundAsync());
        Assert.Equal(startedAt, await later.NextRoundAsync());
        Assert.Equal(TimeSpan.FromSeconds(20), await time.NextTimerAsync());

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(startedAt.AddSeconds(20), await soon.NextRoundAsync());
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task With_nothing_planned_it_still_looks_again_after_the_idle_limit()
    {
        var time = new TimerWatchingTimeProvider();
        var idle = new ScriptedJob("idle", time) { WakeIn = null };
        using var scheduler = Create(time, new SchedulerSignal(), idle);

        await scheduler.StartAsync(CancellationToken.None);
        await idle.NextRoundAsync();
        Assert.Equal(MaxIdleWait, await time.NextTimerAsync());
        time.Advance(MaxIdleWait);

        Assert.Equal(time.GetUtcNow(), await idle.NextRoundAsync());
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_wake_signal_starts_a_round_at_once_without_the_clock_moving()
    {
        var time = new TimerWatchingTimeProvider();
        var signal = new SchedulerSignal();
        var job = new ScriptedJob("job", time) { WakeIn = TimeSpan.FromHours(5) };
        using var scheduler = Create(time, signal, job);

        await scheduler.StartAsync(CancellationToken.None);
        var first = await job.NextRoundAsync();
        await time.NextTimerAsync();
        signal.Wake();

        Assert.Equal(first, await job.NextRoundAsync());
        await scheduler.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_job_does_not_stop_the_others_and_the_loop_waits_before_trying_again()
    {
        var time = new TimerWatchingTimeProvider();
        var broken = new ScriptedJob("broken", time) { Throws = true, WakeIn = TimeSpan.Zero };
        var healthy = new ScriptedJob("healthy", time) { WakeIn = TimeSpan.Zero };
        using var scheduler = Create(time, new SchedulerSignal(), broken, healthy);

        await scheduler.StartAsync(CancellationToken.None);
        await broken.NextRoundAsync();
        await healthy.NextRoundAsync();

        Assert.Equal(SchedulerService.RetryDelay, await time.NextTimerAsync());
        Assert.False(healthy.HasRoundWaiting);
        time.Advance(SchedulerService.RetryDelay);
        await healthy.NextRoundAsync();
        Assert.Equal(SchedulerService.RetryDelay * 2, await time.NextTimerAsync());
        await scheduler.StopAsync(CancellationToken.None);
    }

    private static SchedulerService Create(TimeProvider time, SchedulerSignal signal, params IScheduledJob[] jobs)
        => new(jobs, signal, Options.Create(new CheckinOptions { MaxIdleWait = MaxIdleWait }), time, NullLogger<SchedulerService>.Instance);
}
