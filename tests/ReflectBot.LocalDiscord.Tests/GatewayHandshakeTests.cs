using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Identify_with_the_bot_token_is_answered_with_READY_then_GUILD_CREATE()
    {
        await using var test = await TestServer.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromSeconds(30));
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);

        var hello = await client.ReceiveAsync();
        Assert.Equal(10, hello["op"]!.GetValue<int>());
        Assert.Equal(30_000, hello["d"]!["heartbeat_interval"]!.GetValue<long>());

        await client.IdentifyAsync(test.Server.BotToken);
        var ready = await client.ReceiveDispatchAsync("READY");
        var world = test.Server.World;
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(10, ready["d"]!["v"]!.GetValue<int>());
        Assert.Equal(world.BotUser.Id.Text(), ready["d"]!["user"]!["id"]!.GetValue<string>());
        Assert.True(ready["d"]!["user"]!["bot"]!.GetValue<bool>());
        Assert.Equal(world.Guild.Id.Text(), ready["d"]!["guilds"]![0]!["id"]!.GetValue<string>());
        Assert.True(ready["d"]!["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(test.Server.GatewayAddress.ToString(), ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(world.ApplicationId.Text(), ready["d"]!["application"]!["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(ready["d"]!["session_id"]!.GetValue<string>()));

        var guild = await client.ReceiveDispatchAsync("GUILD_CREATE");
        Assert.Equal(2, guild["s"]!.GetValue<int>());
        Assert.Equal("Reflection Circle", guild["d"]!["name"]!.GetValue<string>());
        var channels = guild["d"]!["channels"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["general", "after-dark", "announcements", "rules"], channels);
        Assert.True(guild["d"]!["channels"]![1]!["nsfw"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Identify_with_a_wrong_token_is_closed_with_4004()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        await client.IdentifyAsync("not-the-token");

        Assert.Equal(4004, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_identify_on_the_same_connection_is_closed_with_4005()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await test.ConnectBotAsync();

        await client.IdentifyAsync(test.Server.BotToken);

        Assert.Equal(4005, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_payload_other_than_heartbeat_before_identify_is_closed_with_4003()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        await client.SendAsync(3, new JsonObject { ["status"] = "online", ["since"] = null, ["activities"] = new JsonArray(), ["afk"] = false });

        Assert.Equal(4003, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("{\"op\":99,\"d\":null}", 4001)]
    [InlineData("{\"op\":1,", 4002)]
    [InlineData("[1,2,3]", 4002)]
    public async Task A_malformed_or_unknown_payload_is_closed_with_the_matching_code(string payload, int expectedCode)
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        await client.SendAsync(payload);

        Assert.Equal(expectedCode, await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("?v=9&encoding=json", 4012)]
    [InlineData("?v=10&encoding=etf", 4002)]
    public async Task An_unsupported_version_or_encoding_is_refused_with_a_close_code(string query, int expectedCode)
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress, query);

        Assert.Equal(expectedCode, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_heartbeat_is_acknowledged_with_op_11()
    {
        await using var test = await TestServer.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        await client.SendAsync(1, null);

        var ack = await client.ReceiveAsync();
        Assert.Equal(11, ack["op"]!.GetValue<int>());
        var gateway = await test.Control.GetGatewayAsync(TestServer.Timeout);
        Assert.Equal(1, gateway.HeartbeatsReceived);
    }

    [Fact]
    public async Task More_than_the_send_limit_within_the_window_is_closed_with_4008()
    {
        await using var test = await TestServer.StartAsync(o => o.GatewaySendLimit = 3);
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();

        for (var i = 0; i < 4; i++)
        {
            await client.SendAsync(1, null);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(11, (await client.ReceiveAsync())["op"]!.GetValue<int>());
        }

        Assert.Equal(4008, await client.ReceiveCloseAsync());
    }
}
