namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayRobustnessTests
{
    [Fact]
    public async Task Consumer_that_never_reads_does_not_stop_heartbeats_or_kill_the_session()
    {
        await using var harness = await GatewayHarness.StartAsync(options => options.DispatchQueueCapacity = 16);
        var connection = await harness.ConnectIdentifiedAsync();
        for (var sequence = 2; sequence <= 20; sequence++)
        {
            await connection.SendDispatchAsync("GUILD_CREATE", sequence);
        }

        await Eventually.TrueAsync(() => harness.Client.Status.IsWaitingForConsumer);

        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.FirstHeartbeat);
        Assert.Equal(1, (await connection.ReceiveAsync()).GetProperty("op").GetInt32());
        await connection.SendHeartbeatAckAsync();

        // The ACK sits unread behind the stuck dispatches; that is no proof of a dead connection.
        await harness.Time.AdvanceWhenWaitingAsync(GatewayHarness.HeartbeatInterval);
        Assert.Equal(1, (await connection.ReceiveAsync()).GetProperty("op").GetInt32());
        Assert.False(connection.ClientHasClosed);

        var sequences = new List<long>();
        for (var i = 0; i < 19; i++)
        {
            sequences.Add((await harness.ReadDispatchAsync()).Sequence);
        }

        Assert.Equal(Enumerable.Range(2, 19).Select(s => (long)s), sequences);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }

    [Fact]
    public async Task Malformed_frames_are_dropped_and_the_next_valid_dispatch_arrives()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        await connection.SendAsync("this is not json {");
        await connection.SendAsync("""{"d":{},"s":2,"t":"MESSAGE_CREATE"}""");
        await connection.SendAsync("""{"op":"0","d":{},"s":2,"t":"MESSAGE_CREATE"}""");
        await connection.SendAsync("""{"op":0,"d":{},"s":"2","t":"MESSAGE_CREATE"}""");
        await connection.SendAsync("""{"op":0,"d":{},"s":2,"t":42}""");
        await connection.SendAsync("""{"op":0,"d":{},"t":"MESSAGE_CREATE"}""");
        await connection.SendAsync("""{"op":10,"d":{"heartbeat_interval":"soon"}}""");
        await connection.SendAsync("""{"op":99,"d":null}""");
        await connection.SendAsync("[1,2,3]");
        await connection.SendDispatchAsync(new string('A', 1024 * 1024), 2);
        await connection.SendAsync("{\"op\":0,\"s\":3,\"t\":\"X\",\"d\":\"" + new string('x', 5 * 1024 * 1024) + "\"}");
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, """{"id":"9"}""");

        var next = await harness.ReadDispatchAsync();

        Assert.Equal(("MESSAGE_CREATE", 3L), (next.EventName, next.Sequence));
        Assert.Equal("9", next.Data.GetProperty("id").GetString());
        Assert.False(connection.ClientHasClosed);
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.DoesNotContain(harness.Logger.Lines, line => line.Contains("AAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Oversized_message_is_dropped_without_ending_the_connection()
    {
        await using var harness = await GatewayHarness.StartAsync(configureGateway: gateway => gateway.MaxMessageBytes = 64 * 1024);
        var connection = await harness.ConnectIdentifiedAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, "\"" + new string('x', 200 * 1024) + "\"");
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3);

        Assert.Equal(3, (await harness.ReadDispatchAsync()).Sequence);
        Assert.Contains(harness.Logger.Lines, line => line.Contains("size cap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_split_into_fragments_is_read_as_one_frame()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();
        var text = new string('z', 100_000);

        await connection.SendFragmentedAsync("{\"op\":0,\"s\":2,\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"" + text + "\"}}", pieces: 7);

        var dispatch = await harness.ReadDispatchAsync();
        Assert.Equal(2, dispatch.Sequence);
        Assert.Equal(text, dispatch.Data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Well_formed_event_this_client_does_not_know_is_still_handed_on()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        // Discord adds events often; which ones matter is the bot's call, not the transport's.
        await connection.SendDispatchAsync("SOME_FUTURE_EVENT", 2);

        Assert.Equal("SOME_FUTURE_EVENT", (await harness.ReadDispatchAsync()).EventName);
    }

    [Fact]
    public async Task Dispatch_data_outlives_the_frame_it_came_in()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, """{"content":"first"}""");
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, """{"content":"second"}""");
        var first = await harness.ReadDispatchAsync();
        var second = await harness.ReadDispatchAsync();

        Assert.Equal("first", first.Data.GetProperty("content").GetString());
        Assert.Equal("second", second.Data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Cancellation_closes_with_1000_returns_and_completes_the_channel()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        await harness.StopAsync();

        Assert.Equal(1000, await connection.ClientCloseStatus);
        Assert.True(harness.Run.IsCompletedSuccessfully);
        await harness.Client.Dispatches.Completion.WaitAsync(TestTimeouts.Wait);
        Assert.False(harness.Client.Status.IsConnected);
        Assert.True(await harness.Server.NoFurtherConnectionAsync());
    }

    [Fact]
    public async Task Cancellation_while_the_channel_is_full_still_closes_with_1000()
    {
        await using var harness = await GatewayHarness.StartAsync(options => options.DispatchQueueCapacity = 16);
        var connection = await harness.ConnectIdentifiedAsync();
        for (var sequence = 2; sequence <= 20; sequence++)
        {
            await connection.SendDispatchAsync("GUILD_CREATE", sequence);
        }

        await Eventually.TrueAsync(() => harness.Client.Status.IsWaitingForConsumer);
        await harness.StopAsync();

        Assert.Equal(1000, await connection.ClientCloseStatus);
    }

    [Fact]
    public async Task Token_is_never_logged()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync();
        first.Drop();
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await second.ReceiveOpAsync(6);
        await harness.StopAsync();

        Assert.NotEmpty(harness.Logger.Lines);
        Assert.DoesNotContain(harness.Logger.Lines, line => line.Contains(GatewayHarness.Token, StringComparison.Ordinal));
    }
}
