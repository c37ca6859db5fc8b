using System.Net.WebSockets;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

/// <summary>Raw frames for fuzzing: bytes go out verbatim, batches in order, dispatches numbered and kept.</summary>
public sealed class RawFrameTests
{
    [Fact]
    public async Task Bytes_go_out_verbatim_as_one_text_frame()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        byte[] text = [0x7B, 0xC3, 0xA9, 0x7D];

        await test.Control.RawFrameBytesAsync(text, TestServer.Timeout);
        var (bytes, type) = await bot.ReceiveBytesAsync();

        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal(text, bytes);
    }

    [Fact]
    public async Task Invalid_utf8_is_not_repaired_on_the_way_so_a_strict_client_refuses_the_frame()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        await test.Control.RawFrameBytesAsync([0x7B, 0xC3, 0x28, 0xFF, 0x7D], TestServer.Timeout);

        // .NET's websocket checks text frames and gives up on the connection (1007) rather than deliver them.
        await Assert.ThrowsAsync<WebSocketException>(() => bot.ReceiveBytesAsync());
    }

    [Fact]
    public async Task A_batch_sends_frames_and_dispatches_in_order_and_numbers_the_dispatches()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        var sent = await test.Control.SendRawBatchAsync(
            [RawGatewayItem.TextFrame("{not json"), RawGatewayItem.RawDispatch("MESSAGE_CREATE", "{\"id\": 1"), RawGatewayItem.FrameBytes([0x5B, 0x5D])],
            TestServer.Timeout);

        Assert.Equal(3, sent);
        Assert.Equal("{not json", await bot.ReceiveTextAsync());
        var dispatch = await bot.ReceiveTextAsync();
        Assert.Contains("\"t\":\"MESSAGE_CREATE\"", dispatch, StringComparison.Ordinal);
        Assert.Contains("{\"id\": 1", dispatch, StringComparison.Ordinal);
        Assert.Equal([0x5B, 0x5D], (await bot.ReceiveBytesAsync()).Bytes);
        Assert.True((await test.Control.GetGatewayAsync(TestServer.Timeout)).Sessions.Single().LastSequence >= 3);
    }

    [Theory]
    [InlineData("{\"items\":[{}]}")]
    [InlineData("{\"items\":[{\"frame\":\"a\",\"frame_base64\":\"YQ==\"}]}")]
    [InlineData("{\"items\":[{\"dispatch\":\"X\"}]}")]
    [InlineData("{\"items\":[{\"frame_base64\":\"not base64!\"}]}")]
    [InlineData("{}")]
    public async Task A_malformed_batch_is_refused_and_sends_nothing(string body)
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        var answer = await test.ControlHttp.CallAsync("POST", "raw-batch", body);

        Assert.Equal(400, answer.Status);
    }

    [Fact]
    public async Task A_batch_without_a_connected_bot_is_refused()
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.ControlHttp.CallAsync("POST", "raw-batch", "{\"items\":[{\"frame\":\"x\"}]}");

        Assert.Equal(409, answer.Status);
    }
}
