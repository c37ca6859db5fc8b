using Microsoft.Extensions.Hosting;
using ReflectBot.Commands.Grounding;

namespace ReflectBot.Tests.Grounding;

public sealed class GroundingTimersTests
{
    [Fact]
    public async Task Stopping_one_session_leaves_the_others_running_and_returns_the_phase_it_showed()
    {
        using var lifetime = new TestLifetime();
        using var timers = new GroundingTimers(lifetime, Microsoft.Extensions.Logging.Abstractions.NullLogger<GroundingTimers>.Instance);
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var secondCancelled = false;

        await timers.StartAsync(1, 0, async (report, token) =>
        {
            report(3);
            first.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        await timers.StartAsync(2, 0, async (report, token) =>
        {
            await using var registration = token.Register(() => secondCancelled = true);
            second.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        await Task.WhenAll(first.Task, second.Task);

        Assert.Equal(3, await timers.StopAsync(1));
        Assert.False(secondCancelled);
        Assert.Equal(1, timers.Count);
        Assert.Null(await timers.StopAsync(1));
    }

    [Fact]
    public async Task Shutting_the_host_down_cancels_every_timer()
    {
        using var lifetime = new TestLifetime();
        using var timers = new GroundingTimers(lifetime, Microsoft.Extensions.Logging.Abstractions.NullLogger<GroundingTimers>.Instance);
        var runs = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToList();
        var ended = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var index = i;
            await timers.StartAsync(index, 0, async (_, token) =>
            {
                try
                {
                    runs[index].SetResult();
                    await Task.Delay(Timeout.Infinite, token);
                }
                finally
                {
                    ended[index].SetResult();
                }
            });
        }

        await Task.WhenAll(runs.Select(run => run.Task));
        lifetime.Stop();

        await Task.WhenAll(ended.Select(end => end.Task)).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Starting_a_session_again_stops_its_earlier_timer_first()
    {
        using var lifetime = new TestLifetime();
        using var timers = new GroundingTimers(lifetime, Microsoft.Extensions.Logging.Abstractions.NullLogger<GroundingTimers>.Instance);
        var earlierEnded = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        await timers.StartAsync(7, 0, async (_, token) =>
        {
            try
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                earlierEnded.SetResult();
            }
        });
        await started.Task;

        await timers.StartAsync(7, 2, (_, _) => Task.CompletedTask);

        Assert.True(earlierEnded.Task.IsCompleted);
    }

    private sealed class TestLifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stop();

        public void Stop() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
