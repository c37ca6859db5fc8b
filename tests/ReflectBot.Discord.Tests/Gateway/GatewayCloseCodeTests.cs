using Moq;
using ReflectBot.Discord.Gateway;

namespace ReflectBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodeTests
{
    [Fact]
    public async Task Authentication_failure_stops_with_a_clear_reason_and_never_reconnects()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(4004);

        var error = await Assert.ThrowsAsync<GatewayFatalCloseException>(() => harness.Run.WaitAsync(TestTimeouts.Wait));
        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("token", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GatewayHarness.Token, error.Message, StringComparison.Ordinal);
        Assert.True(await harness.Server.NoFurtherConnectionAsync());
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.True(harness.Client.Dispatches.Completion.IsCompleted);
        Assert.DoesNotContain(harness.Logger.Lines, line => line.Contains(GatewayHarness.Token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Other_fatal_codes_stop_the_client(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectIdentifiedAsync();

        await connection.CloseAsync(code);

        var error = await Assert.ThrowsAsync<GatewayFatalCloseException>(() => harness.Run.WaitAsync(TestTimeouts.Wait));
        Assert.Equal(code, error.CloseCode);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.True(await harness.Server.NoFurtherConnectionAsync());
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Session_ending_close_identifies_afresh_on_the_original_url(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync();

        await first.CloseAsync(code);

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/gateway", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        Assert.Equal(2, (await second.ReceiveAsync()).GetProperty("op").GetInt32());
        Assert.Equal(2, harness.Client.Status.IdentifyCount);

        // The gateway address is asked for once and cached.
        harness.UrlProvider.Verify(p => p.GetGatewayUrlAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Reconnectable_close_resumes(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.ConnectIdentifiedAsync(sessionId: "keep");

        await first.CloseAsync(code);

        var second = await harness.Server.NextConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(GatewayHarness.HeartbeatIntervalMs);
        Assert.Equal("keep", (await second.ReceiveOpAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
    }
}
