using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class GatewaySessionTests
{
    [Fact]
    public async Task Resume_replays_the_dispatches_missed_while_disconnected_in_order_then_sends_RESUMED()
    {
        await using var test = await TestServer.StartAsync();
        string sessionId;
        int seenSequence;
        await using (var first = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress))
        {
            await first.ReceiveAsync();
            await first.IdentifyAsync(test.Server.BotToken);
            sessionId = (await first.ReceiveDispatchAsync("READY"))["d"]!["session_id"]!.GetValue<string>();
            await first.ReceiveDispatchAsync("GUILD_CREATE");
            seenSequence = first.LastSequence;
            await test.Control.DropSocketAsync(TestServer.Timeout);
            Assert.Null(await first.ReceiveCloseAsync());
        }

        await test.Control.WaitForGatewayAsync("disconnect", 1, TestServer.Patience, TestServer.Timeout);
        await test.Control.RawDispatchAsync("TEST_ONE", "{\"n\":1}", TestServer.Timeout);
        await test.Control.RawDispatchAsync("TEST_TWO", "{\"n\":2}", TestServer.Timeout);

        await using var second = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await second.ReceiveAsync();
        await second.ResumeAsync(test.Server.BotToken, sessionId, seenSequence);

        var one = await second.ReceiveDispatchAsync("TEST_ONE");
        var two = await second.ReceiveDispatchAsync("TEST_TWO");
        var resumed = await second.ReceiveDispatchAsync("RESUMED");
        Assert.Equal(seenSequence + 1, one["s"]!.GetValue<int>());
        Assert.Equal(seenSequence + 2, two["s"]!.GetValue<int>());
        Assert.Equal(seenSequence + 3, resumed["s"]!.GetValue<int>());
        Assert.Equal(1, (await test.Control.WaitForGatewayAsync("resumed", 1, TestServer.Patience, TestServer.Timeout)).Resumes);
    }

    [Fact]
    public async Task Resume_of_an_unknown_session_is_answered_with_invalid_session_false()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        await client.ResumeAsync(test.Server.BotToken, "no-such-session", 3);

        var invalid = await client.ReceiveAsync();
        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_session_closed_with_1000_cannot_be_resumed()
    {
        await using var test = await TestServer.StartAsync();
        var first = await test.ConnectBotAsync();
        var sessionId = (await test.Control.GetGatewayAsync(TestServer.Timeout)).Sessions.Single().Id;
        await first.Socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", TestServer.Timeout);
        await first.DisposeAsync();
        await test.Control.WaitForGatewayAsync("disconnect", 1, TestServer.Patience, TestServer.Timeout);

        await using var second = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await second.ReceiveAsync();
        await second.ResumeAsync(test.Server.BotToken, sessionId, 2);

        Assert.Equal(9, (await second.ReceiveAsync())["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task While_acks_are_stopped_heartbeats_go_unanswered_until_they_are_resumed()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await test.ConnectBotAsync();
        await test.Control.StopHeartbeatAcksAsync(TestServer.Timeout);

        await client.SendAsync(1, client.LastSequence);
        await test.Control.WaitForGatewayAsync("heartbeat", 1, TestServer.Patience, TestServer.Timeout);
        await test.Control.RawDispatchAsync("MARKER", "{}", TestServer.Timeout);

        // Frames leave in order: had an ACK been sent, it would come before the marker.
        await client.ReceiveDispatchAsync("MARKER");
        await test.Control.ResumeHeartbeatAcksAsync(TestServer.Timeout);
        await client.SendAsync(1, client.LastSequence);
        Assert.Equal(11, (await client.ReceiveAsync())["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_client_that_stops_heartbeating_is_closed_with_4009_after_interval_and_grace()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await TestServer.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.HeartbeatInterval = TimeSpan.FromSeconds(10);
            o.HeartbeatGrace = TimeSpan.FromSeconds(5);
        });
        await using var client = await test.ConnectBotAsync();

        clock.Advance(TimeSpan.FromSeconds(16));

        Assert.Equal(4009, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Reconnect_fault_sends_op_7_and_invalid_session_fault_sends_op_9()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await test.ConnectBotAsync();

        await test.Control.SendReconnectAsync(TestServer.Timeout);
        Assert.Equal(7, (await client.ReceiveAsync())["op"]!.GetValue<int>());
        await test.Control.SendInvalidSessionAsync(resumable: true, TestServer.Timeout);
        var invalid = await client.ReceiveAsync();
        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.True(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Close_fault_closes_the_socket_with_the_given_code()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await test.ConnectBotAsync();

        await test.Control.CloseSocketAsync(4000, "try again", TestServer.Timeout);

        Assert.Equal(4000, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Raw_frame_reaches_the_socket_verbatim()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await test.ConnectBotAsync();

        await test.Control.RawFrameAsync("{not json", TestServer.Timeout);

        Assert.Equal("{not json", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Gateway_wait_returns_once_the_count_is_reached_and_times_out_otherwise()
    {
        await using var test = await TestServer.StartAsync();
        var waiting = test.Control.WaitForGatewayAsync("ready", 1, TestServer.Patience, TestServer.Timeout);
        Assert.False(waiting.IsCompleted);

        await using var client = await test.ConnectBotAsync();

        Assert.Equal(1, (await waiting).Readies);
        await Assert.ThrowsAsync<TimeoutException>(() =>
            test.Control.WaitForGatewayAsync("ready", 2, TimeSpan.FromMilliseconds(50), TestServer.Timeout));
    }

    [Fact]
    public async Task Waiting_for_live_returns_only_while_the_current_session_has_a_socket()
    {
        await using var test = await TestServer.StartAsync();
        await Assert.ThrowsAsync<TimeoutException>(() =>
            test.Control.WaitForGatewayAsync("live", 1, TimeSpan.FromMilliseconds(50), TestServer.Timeout));

        string sessionId;
        await using (var first = await test.ConnectBotAsync())
        {
            await test.Control.WaitForGatewayAsync("live", 1, TestServer.Patience, TestServer.Timeout);
            sessionId = (await test.Control.GetGatewayAsync(TestServer.Timeout)).Sessions.Single().Id;
            await test.Control.DropSocketAsync(TestServer.Timeout);
            await test.Control.WaitForGatewayAsync("disconnect", 1, TestServer.Patience, TestServer.Timeout);
        }

        await Assert.ThrowsAsync<TimeoutException>(() =>
            test.Control.WaitForGatewayAsync("live", 1, TimeSpan.FromMilliseconds(50), TestServer.Timeout));
        var waiting = test.Control.WaitForGatewayAsync("live", 1, TestServer.Patience, TestServer.Timeout);
        await using var second = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await second.ReceiveAsync();
        await second.ResumeAsync(test.Server.BotToken, sessionId, 2);

        Assert.Equal(1, (await waiting).ConnectedNow);
    }

    [Fact]
    public async Task Gateway_bot_tells_where_to_connect_and_refuses_a_wrong_token_with_401()
    {
        await using var test = await TestServer.StartAsync();

        var answer = JsonNode.Parse(await test.Api.GetStringAsync(new Uri("gateway/bot", UriKind.Relative), TestServer.Timeout))!;
        using var refused = await test.Anonymous.GetAsync(new Uri("gateway/bot", UriKind.Relative), TestServer.Timeout);

        Assert.Equal(test.Server.GatewayAddress.ToString(), answer["url"]!.GetValue<string>());
        Assert.Equal(1, answer["shards"]!.GetValue<int>());
        Assert.Equal(1, answer["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Equal("{\"message\":\"401: Unauthorized\",\"code\":0}", await refused.Content.ReadAsStringAsync(TestServer.Timeout));
    }
}
