using Moq;

namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task Failures_in_a_row_back_off_through_the_time_provider()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await first.ReceiveOpAsync(2);
        await first.CloseAsync(4000);

        // The first reconnect is immediate; it fails too, before READY.
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await second.ReceiveOpAsync(2);
        await second.CloseAsync(4000);

        // 1 s base, jitter 0.5: 1 s * (0.5 + 0.5 / 2).
        var backoff = TimeSpan.FromMilliseconds(750);
        await harness.Time.WaitForTimerAsync(backoff);
        Assert.Equal(2, harness.Server.ConnectionCount);
        harness.Time.Advance(backoff);

        var third = await harness.Server.NextConnectionAsync();
        await third.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        Assert.Equal(2, (await third.ReceiveAsync()).GetProperty("op").GetInt32());
        Assert.Contains(harness.Logger.Lines, line => line.Contains("reconnecting in 750 ms", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Socket_that_never_says_hello_is_closed_and_replaced()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var silent = await harness.Server.NextConnectionAsync();

        await harness.Time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(20));

        var closeCode = await silent.ClientCloseStatus;
        Assert.NotEqual(1000, closeCode);
        var next = await harness.Server.NextConnectionAsync();
        await next.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        Assert.Equal(2, (await next.ReceiveAsync()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Failure_to_find_the_gateway_address_is_retried()
    {
        await using var harness = await GatewayHarness.StartAsync(configureUrlProvider: (provider, url) => provider
            .SetupSequence(p => p.GetGatewayUrlAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("REST is down"))
            .ReturnsAsync(url));

        var connection = await harness.Server.NextConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);

        Assert.Equal(2, (await connection.ReceiveAsync()).GetProperty("op").GetInt32());
        Assert.Contains(harness.Logger.Lines, line => line.Contains("attempt failed", StringComparison.Ordinal));
    }
}
