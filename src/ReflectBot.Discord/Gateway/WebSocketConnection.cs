using System.Buffers;
using System.Net.WebSockets;

namespace ReflectBot.Discord.Gateway;

/// <summary>A client websocket that receives whole text messages and serialises sends; it knows nothing of Discord.</summary>
public sealed class WebSocketConnection : IAsyncDisposable
{
    private const int ReceiveChunkBytes = 16 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly int _maxMessageBytes;

    public WebSocketConnection(int maxMessageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageBytes, 1);
        _maxMessageBytes = maxMessageBytes;
    }

    /// <summary>The close code the peer sent, once it sent one.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    /// <summary>The close reason the peer sent, once it sent one.</summary>
    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    /// <summary>True while both directions are open.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
        => _socket.ConnectAsync(uri, cancellationToken);

    /// <summary>
    /// Receives the next whole message. Cancelling aborts the socket (a ClientWebSocket rule), so callers
    /// that want a clean close cancel only after closing.
    /// </summary>
    public async Task<WebSocketMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
        var chunk = ArrayPool<byte>.Shared.Rent(ReceiveChunkBytes);
        try
        {
            var tooLarge = false;
            while (true)
            {
                var result = await _socket.ReceiveAsync(chunk.AsMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return new WebSocketMessage(WebSocketMessageKind.Closed, ReadOnlyMemory<byte>.Empty);
                }

                if (!tooLarge && buffer.WrittenCount + result.Count > _maxMessageBytes)
                {
                    // Keep reading to the end of the message so the stream stays in step, but stop storing it.
                    tooLarge = true;
                    buffer.Clear();
                }

                if (!tooLarge)
                {
                    buffer.Write(chunk.AsSpan(0, result.Count));
                }

                if (result.EndOfMessage)
                {
                    return tooLarge
                        ? new WebSocketMessage(WebSocketMessageKind.TooLarge, ReadOnlyMemory<byte>.Empty)
                        : result.MessageType == WebSocketMessageType.Binary
                            ? new WebSocketMessage(WebSocketMessageKind.Binary, ReadOnlyMemory<byte>.Empty)
                            : new WebSocketMessage(WebSocketMessageKind.Text, buffer.WrittenMemory);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Sends one UTF-8 text message; concurrent callers take turns.</summary>
    public async Task SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame with the given code unless one was already sent; the receive loop then sees the
    /// peer's answer. Answering a peer's close uses the same call.
    /// </summary>
    public async Task CloseOutputAsync(int closeCode, string description, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, description, cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection at once, without a close handshake.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
