using Microsoft.Extensions.Time.Testing;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ordinary_sends_stop_short_of_the_limit_by_the_heartbeat_reserve()
    {
        var time = new ObservableTimeProvider();
        var limiter = new GatewaySendLimiter(limit: 5, heartbeatReserve: 2, Window, time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitToSendAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);
        }

        var fourth = limiter.WaitToSendAsync(CancellationToken.None);

        Assert.False(fourth.IsCompleted);
        await time.WaitForTimerAsync(Window);
        time.Advance(Window);
        await fourth.WaitAsync(TestTimeouts.Wait);
    }

    [Fact]
    public async Task Heartbeats_go_through_when_ordinary_sends_used_their_share()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(limit: 5, heartbeatReserve: 2, Window, time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitToSendAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);
        }

        limiter.RecordHeartbeat();
        limiter.RecordHeartbeat();

        Assert.Equal(5, limiter.SentInWindow);
    }

    [Fact]
    public async Task Window_slides_so_sends_older_than_it_no_longer_count()
    {
        var time = new ObservableTimeProvider();
        var limiter = new GatewaySendLimiter(limit: 3, heartbeatReserve: 1, Window, time);
        await limiter.WaitToSendAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);
        time.Advance(TimeSpan.FromSeconds(30));
        await limiter.WaitToSendAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);

        // Full: the third must wait until the first send leaves the window, 30 s from now, not 60.
        var third = limiter.WaitToSendAsync(CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(30));
        await third.WaitAsync(TestTimeouts.Wait);

        Assert.Equal(2, limiter.SentInWindow);
    }

    [Fact]
    public async Task Waiting_send_gives_up_when_cancelled()
    {
        var limiter = new GatewaySendLimiter(limit: 2, heartbeatReserve: 1, Window, new FakeTimeProvider());
        await limiter.WaitToSendAsync(CancellationToken.None).WaitAsync(TestTimeouts.Wait);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitToSendAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TestTimeouts.Wait));
    }
}
