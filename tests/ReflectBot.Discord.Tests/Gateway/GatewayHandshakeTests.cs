using System.Text.Json;

namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Identify_follows_hello_with_token_intents_and_properties()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);

        var identify = await connection.ReceiveAsync();

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        var d = identify.GetProperty("d");
        Assert.Equal(GatewayHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 12), d.GetProperty("intents").GetInt32());
        Assert.Equal("reflectbot", d.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("reflectbot", d.GetProperty("properties").GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("properties").GetProperty("os").GetString()));
    }

    [Fact]
    public async Task Ready_is_dispatched_and_its_session_and_application_id_are_kept()
    {
        await using var harness = await GatewayHarness.StartAsync();
        await harness.ConnectIdentifiedAsync(sessionId: "abc123");

        var status = harness.Client.Status;
        Assert.True(status.IsConnected);
        Assert.Equal("abc123", status.SessionId);
        Assert.Equal(1, status.LastSequence);
        Assert.Equal(1, status.IdentifyCount);
        Assert.Equal(0, status.ResumeCount);
        Assert.Equal(222333444555666777UL, harness.Client.ApplicationId?.Value);
    }

    [Fact]
    public async Task First_heartbeat_waits_interval_times_jitter_then_beats_every_interval_with_the_last_sequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();
        await connection.SendDispatchAsync("GUILD_CREATE", 2);
        Assert.Equal(2, (await harness.ReadDispatchAsync()).Sequence);

        // The first beat is scheduled at exactly interval * jitter (45 s * 0.5), not at the interval.
        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.FirstHeartbeat);
        var first = await connection.ReceiveAsync();
        Assert.Equal(1, first.GetProperty("op").GetInt32());
        Assert.Equal(2, first.GetProperty("d").GetInt64());

        await connection.SendHeartbeatAckAsync();
        await connection.SendDispatchAsync("GUILD_CREATE", 3);
        Assert.Equal(3, (await harness.ReadDispatchAsync()).Sequence);
        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.HeartbeatInterval);
        var second = await connection.ReceiveAsync();
        Assert.Equal(1, second.GetProperty("op").GetInt32());
        Assert.Equal(3, second.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Heartbeat_before_any_dispatch_carries_null()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await connection.ReceiveOpAsync(2);

        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.FirstHeartbeat);
        var beat = await connection.ReceiveAsync();

        Assert.Equal(1, beat.GetProperty("op").GetInt32());
        Assert.Equal(JsonValueKind.Null, beat.GetProperty("d").ValueKind);
    }

    [Fact]
    public async Task Heartbeat_requested_by_the_server_is_sent_at_once()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        await connection.SendAsync("""{"op":1,"d":null}""");
        var beat = await connection.ReceiveAsync();

        Assert.Equal(1, beat.GetProperty("op").GetInt32());
        Assert.Equal(1, beat.GetProperty("d").GetInt64());
    }
}
