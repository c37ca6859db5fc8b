namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayResumeTests
{
    [Fact]
    public async Task Zombie_connection_is_closed_without_1000_and_resumed_with_the_last_sequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync(sessionId: "zombie-session");
        await first.SendDispatchAsync("GUILD_CREATE", 2);
        await harness.ReadDispatchAsync();

        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.FirstHeartbeat);
        Assert.Equal(1, (await first.ReceiveAsync()).GetProperty("op").GetInt32());

        // No ACK: when the next beat is due the client must give up on this socket.
        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.HeartbeatInterval);
        var closeCode = await first.ClientCloseStatus;
        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        var resume = await second.ReceiveOpAsync(6);
        var d = resume.GetProperty("d");
        Assert.Equal(GatewayHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal("zombie-session", d.GetProperty("session_id").GetString());
        Assert.Equal(2, d.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Dropped_socket_is_resumed_and_replayed_dispatches_are_delivered_once()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync();
        await first.SendDispatchAsync("GUILD_CREATE", 2);
        await first.SendDispatchAsync("INTERACTION_CREATE", 3);
        Assert.Equal(2, (await harness.ReadDispatchAsync()).Sequence);
        Assert.Equal(3, (await harness.ReadDispatchAsync()).Sequence);

        first.Drop();

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        var resume = await second.ReceiveOpAsync(6);
        Assert.Equal(3, resume.GetProperty("d").GetProperty("seq").GetInt64());

        // The server replays 3, which the bot already has, then sends what it missed.
        await second.SendDispatchAsync("INTERACTION_CREATE", 3);
        await second.SendDispatchAsync("INTERACTION_CREATE", 4);
        await second.SendDispatchAsync("RESUMED", 5);

        var next = await harness.ReadDispatchAsync();
        var after = await harness.ReadDispatchAsync();
        Assert.Equal(("INTERACTION_CREATE", 4L), (next.EventName, next.Sequence));
        Assert.Equal(("RESUMED", 5L), (after.EventName, after.Sequence));
        Assert.Equal(1, harness.Client.Status.ResumeCount);
        Assert.Equal(1, harness.Client.Status.IdentifyCount);
    }

    [Fact]
    public async Task Reconnect_request_closes_without_1000_and_resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync(sessionId: "s7");

        await first.SendAsync("""{"op":7,"d":null}""");

        var closeCode = await first.ClientCloseStatus;
        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        var resume = await second.ReceiveOpAsync(6);
        Assert.Equal("s7", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Resumable_invalid_session_resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync(sessionId: "s9");

        await first.SendAsync("""{"op":9,"d":true}""");

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        var resume = await second.ReceiveOpAsync(6);
        Assert.Equal("s9", resume.GetProperty("d").GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Invalid_session_that_cannot_resume_waits_then_identifies_afresh_on_the_original_url()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync(sessionId: "gone");

        await first.SendAsync("""{"op":9,"d":false}""");

        // Random 0.5 makes the wait 1 s + 4 s * 0.5: nothing may connect before it passes.
        var wait = TimeSpan.FromSeconds(3);
        await harness.Time.WaitForTimerAsync(wait);
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.Null(harness.Client.Status.SessionId);
        Assert.Null(harness.Client.Status.LastSequence);
        harness.Time.Advance(wait);

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/gateway", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        var identify = await second.ReceiveAsync();
        Assert.Equal(2, identify.GetProperty("op").GetInt32());

        // A new session numbers its events from 1 again; they must not be taken for replays.
        await second.SendReadyAsync(1, "fresh", harness.Server.ResumeUrl);
        var ready = await harness.ReadDispatchAsync();
        Assert.Equal(("READY", 1L), (ready.EventName, ready.Sequence));
        Assert.Equal("fresh", harness.Client.Status.SessionId);
    }

    [Fact]
    public async Task Identify_after_a_ready_without_session_starts_counting_sequences_again()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await first.ReceiveOpAsync(2);
        await first.SendDispatchAsync("READY", 1, """{"v":10}""");
        await first.SendDispatchAsync("GUILD_CREATE", 2);
        await harness.ReadDispatchAsync();
        Assert.Equal(2, (await harness.ReadDispatchAsync()).Sequence);

        // No session to resume, so the next connection identifies and its READY is sequence 1 again.
        await first.CloseAsync(4000);
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        Assert.Equal(2, (await second.ReceiveAsync()).GetProperty("op").GetInt32());
        await second.SendReadyAsync(1, "second", harness.Server.ResumeUrl);

        var ready = await harness.ReadDispatchAsync();
        Assert.Equal(("READY", 1L), (ready.EventName, ready.Sequence));
    }
}
