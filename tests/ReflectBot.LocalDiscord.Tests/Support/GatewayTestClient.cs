using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Tests.Support;

/// <summary>A bare websocket client that speaks the gateway by hand, so the tests see the wire as it is.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public int LastSequence { get; private set; }

    public static async Task<GatewayTestClient> ConnectAsync(Uri gateway, string query = "?v=10&encoding=json")
    {
        var client = new GatewayTestClient();
        await client._socket.ConnectAsync(new Uri(gateway + "/" + query), TestServer.Timeout);
        return client;
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestServer.Timeout);

    public Task SendAsync(int op, JsonNode? d) => SendAsync(new JsonObject { ["op"] = op, ["d"] = d }.ToJsonString());

    public Task IdentifyAsync(string token, int intents = 1) => SendAsync(2, new JsonObject
    {
        ["token"] = token,
        ["intents"] = intents,
        ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "tests", ["device"] = "tests" },
    });

    public Task ResumeAsync(string token, string sessionId, int sequence) => SendAsync(6, new JsonObject
    {
        ["token"] = token,
        ["session_id"] = sessionId,
        ["seq"] = sequence,
    });

    /// <summary>The next frame; fails the test if the socket closes or nothing arrives in time.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        var (text, close) = await ReceiveFrameAsync();
        Assert.True(text is not null, $"Expected a frame but the socket closed with {close}.");
        var frame = (JsonObject)JsonNode.Parse(text)!;
        if (frame["s"] is JsonValue s)
        {
            LastSequence = s.GetValue<int>();
        }

        return frame;
    }

    public async Task<JsonObject> ReceiveDispatchAsync(string eventName)
    {
        var frame = await ReceiveAsync();
        Assert.Equal(0, frame["op"]!.GetValue<int>());
        Assert.Equal(eventName, frame["t"]!.GetValue<string>());
        return frame;
    }

    /// <summary>Reads until the server closes; returns the close code (null when the connection was dropped).</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (true)
        {
            try
            {
                var (text, close) = await ReceiveFrameAsync();
                if (text is null)
                {
                    return close;
                }
            }
            catch (WebSocketException)
            {
                return null;
            }
        }
    }

    /// <summary>The next frame's bytes as sent, whatever they are.</summary>
    public async Task<(byte[] Bytes, WebSocketMessageType Type)> ReceiveBytesAsync()
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), TestServer.Timeout);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        return (buffer[..length], result.MessageType);
    }

    public async Task<string> ReceiveTextAsync()
    {
        var (text, close) = await ReceiveFrameAsync();
        Assert.True(text is not null, $"Expected a frame but the socket closed with {close}.");
        return text;
    }

    private async Task<(string? Text, int? Close)> ReceiveFrameAsync()
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), TestServer.Timeout);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, TestServer.Timeout);
            }

            return (null, (int?)result.CloseStatus);
        }

        return (Encoding.UTF8.GetString(buffer, 0, length), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                // 4000 keeps the session resumable, as a client that means to come back would close.
                await _socket.CloseOutputAsync((WebSocketCloseStatus)4000, "test done", TestServer.Timeout);
            }
            catch (WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }
}
