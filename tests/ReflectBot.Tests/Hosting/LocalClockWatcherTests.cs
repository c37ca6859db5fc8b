using Microsoft.Extensions.Logging.Abstractions;
using ReflectBot.Hosting;
using ReflectBot.LocalDiscord.Clock;
using ReflectBot.Scheduling;

namespace ReflectBot.Tests.Hosting;

public sealed class LocalClockWatcherTests
{
    [Fact]
    public async Task Moving_the_local_clock_forward_wakes_the_scheduler_until_the_watcher_stops()
    {
        var clock = new AdjustableClock();
        var signal = new SchedulerSignal();
        var watcher = new LocalClockWatcher(clock, signal, NullLogger<LocalClockWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);

        var woken = signal.WaitAsync();
        clock.Advance(TimeSpan.FromDays(1));
        await watcher.StopAsync(CancellationToken.None);
        var afterStop = signal.WaitAsync();
        clock.Advance(TimeSpan.FromHours(1));

        Assert.True(woken.IsCompletedSuccessfully);
        Assert.False(afterStop.IsCompleted);
        Assert.Equal(TimeSpan.FromHours(25), clock.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(32 * 24)]
    public void The_local_clock_moves_only_forward_and_at_most_a_month_at_a_time(int hours)
    {
        var clock = new AdjustableClock();

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromHours(hours)));
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }
}
