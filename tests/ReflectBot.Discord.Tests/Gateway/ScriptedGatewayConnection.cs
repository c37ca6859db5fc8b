using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>The server side of one client connection: send scripted frames, read what the client sent.</summary>
public sealed class ScriptedGatewayConnection(WebSocket socket, string path, string query, Action abort)
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int?> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>The close code the client sent; null when the socket ended without a close frame.</summary>
    public Task<int?> ClientCloseStatus => _clientClose.Task.WaitAsync(TestTimeouts.Wait);

    public bool ClientHasClosed => _clientClose.Task.IsCompleted;

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends one text message as several websocket frames, as a proxy or a large event may.</summary>
    public async Task SendFragmentedAsync(string json, int pieces)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = (bytes.Length + pieces - 1) / pieces;
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                var last = offset + count >= bytes.Length;
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendHelloAsync(int heartbeatIntervalMs) => SendAsync("{\"op\":10,\"d\":{\"heartbeat_interval\":" + heartbeatIntervalMs + "},\"s\":null,\"t\":null}");

    public Task SendDispatchAsync(string eventName, long sequence, string dataJson = "{}")
        => SendAsync($$"""{"op":0,"d":{{dataJson}},"s":{{sequence}},"t":"{{eventName}}"}""");

    public Task SendReadyAsync(long sequence, string sessionId, Uri resumeUrl)
        => SendDispatchAsync("READY", sequence, $$"""
            {"v":10,"user":{"id":"111","username":"reflectbot"},"guilds":[],"session_id":"{{sessionId}}",
             "resume_gateway_url":"{{resumeUrl}}","application":{"id":"222333444555666777","flags":0} }
            """);

    public Task SendHeartbeatAckAsync() => SendAsync("""{"op":11,"d":null}""");

    /// <summary>The next frame the client sent.</summary>
    public async Task<JsonElement> ReceiveAsync()
        => await _received.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Wait);

    /// <summary>The next frame with this opcode, skipping others (heartbeats, usually).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op)
    {
        while (true)
        {
            var frame = await ReceiveAsync();
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    /// <summary>True when the client sends nothing within a short quiet period.</summary>
    public async Task<bool> NothingMoreReceivedAsync()
    {
        using var quiet = new CancellationTokenSource(TestTimeouts.Quiet);
        try
        {
            return !await _received.Reader.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted close", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, like a network failure.</summary>
    public void Drop() => abort();

    internal async Task ReceiveUntilClosedAsync(CancellationToken requestAborted)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, requestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _clientClose.TrySetResult((int?)result.CloseStatus);
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }

                    return;
                }

                using var document = JsonDocument.Parse(message.ToArray());
                _received.Writer.TryWrite(document.RootElement.Clone());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            _clientClose.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
