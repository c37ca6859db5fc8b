using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>
/// One websocket. A single send loop writes every frame in queue order, so dispatches, ACKs and
/// close frames never interleave; the receive loop applies the gateway's rules to what the client sends.
/// </summary>
internal sealed class GatewayConnection
{
    private const int MaxPayloadBytes = 4096;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private static int _nextNumber;

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly ServerState _state;
    private readonly GatewayMessageHandler _handler;
    private readonly Channel<OutgoingFrame> _outgoing = Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recentFrames = new();
    private DateTimeOffset _lastHeartbeatAt;
    private int _closeRequested;
    private GatewayCloseInfo? _close;

    public GatewayConnection(WebSocket socket, HttpContext http, ServerState state)
    {
        _socket = socket;
        _http = http;
        _state = state;
        _handler = new GatewayMessageHandler(this, state);
        _lastHeartbeatAt = state.Time.GetUtcNow();
    }

    public int Number { get; } = Interlocked.Increment(ref _nextNumber);

    public GatewaySession? Session { get; set; }

    public void Send(string frame, Action? onSending = null) => _outgoing.Writer.TryWrite(new OutgoingFrame(Encoding.UTF8.GetBytes(frame), null, null, onSending));

    /// <summary>Sends <paramref name="bytes"/> verbatim as one text frame, even when they are not valid UTF-8 (fuzzing).</summary>
    public void SendTextBytes(byte[] bytes) => _outgoing.Writer.TryWrite(new OutgoingFrame(bytes, null, null, null));

    public void HeartbeatReceived()
    {
        lock (_lock)
        {
            _lastHeartbeatAt = _state.Time.GetUtcNow();
        }
    }

    /// <summary>Queues a close frame after everything already queued; later sends are dropped.</summary>
    public void Close(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closeRequested, 1) == 0)
        {
            _outgoing.Writer.TryWrite(new OutgoingFrame(null, code, reason, null));
            _outgoing.Writer.TryComplete();
        }
    }

    /// <summary>Drops the TCP connection without a close frame, like a network failure.</summary>
    public void Abort()
    {
        try
        {
            _http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended on its own, which is all an abort wanted.
        }
    }

    public async Task RunAsync(string? version, string? encoding, CancellationToken cancellationToken)
    {
        _state.Sessions.Connected(this);
        Log.ConnectionOpened(_state.Logger, Number);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sendLoop = SendLoopAsync(cancellationToken, stop.Token);
        Task watchdog = Task.CompletedTask;
        try
        {
            if (version is not null && version != "10")
            {
                Close(GatewayCloseCodes.InvalidApiVersion, "Invalid API version.");
            }
            else if (encoding is not null && encoding != "json")
            {
                Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            }
            else
            {
                Send(GatewayFrames.Build(GatewayOpcodes.Hello, new System.Text.Json.Nodes.JsonObject
                {
                    ["heartbeat_interval"] = (long)_state.Options.HeartbeatInterval.TotalMilliseconds,
                }));
                watchdog = WatchHeartbeatsAsync(stop.Token);
            }

            await ReceiveLoopAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            Log.ConnectionFailed(_state.Logger, Number, exception);
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            await stop.CancelAsync();
            await sendLoop;
            await watchdog;
            Session?.Detach(this, _state.Time.GetUtcNow());
            var close = _close ?? new GatewayCloseInfo(null, null, ByServer: false, _state.Time.GetUtcNow());
            _state.Sessions.Disconnected(this, close);
            Log.ConnectionClosed(_state.Logger, Number, close.Code, close.ByServer ? "server" : "client");
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPayloadBytes + 1];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length >= buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                ClientClosed();
                return;
            }

            if (Volatile.Read(ref _closeRequested) == 1)
            {
                continue;
            }

            if (IsOverSendLimit())
            {
                Close(GatewayCloseCodes.RateLimited, "You are being rate limited.");
            }
            else if (result.MessageType != WebSocketMessageType.Text || length > MaxPayloadBytes)
            {
                Close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
            }
            else
            {
                _handler.Handle(Encoding.UTF8.GetString(buffer, 0, length));
            }
        }
    }

    private void ClientClosed()
    {
        var code = (int?)_socket.CloseStatus;
        _close ??= new GatewayCloseInfo(code, _socket.CloseStatusDescription, ByServer: false, _state.Time.GetUtcNow());
        // Closing with 1000 or 1001 ends the session for good, as on Discord.
        if (code is 1000 or 1001)
        {
            Session?.Invalidate();
        }

        Close(code ?? 1000, string.Empty);
    }

    private bool IsOverSendLimit()
    {
        var now = _state.Time.GetUtcNow();
        lock (_lock)
        {
            _recentFrames.Enqueue(now);
            while (_recentFrames.Count > 0 && now - _recentFrames.Peek() >= _state.Options.GatewaySendWindow)
            {
                _recentFrames.Dequeue();
            }

            return _recentFrames.Count > _state.Options.GatewaySendLimit;
        }
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken, CancellationToken connectionEnded)
    {
        try
        {
            await foreach (var frame in _outgoing.Reader.ReadAllAsync(cancellationToken))
            {
                if (frame.CloseCode is { } code)
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        _close ??= new GatewayCloseInfo(code, frame.CloseReason, ByServer: true, _state.Time.GetUtcNow());
                        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, frame.CloseReason, cancellationToken);
                        // A client that never answers the close frame is dropped, as Discord does.
                        await Task.Delay(CloseHandshakeTimeout, _state.Time, connectionEnded);
                        Abort();
                    }

                    return;
                }

                frame.OnSending?.Invoke();
                await _socket.SendAsync(frame.Bytes!, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            Log.ConnectionFailed(_state.Logger, Number, exception);
        }
    }

    private async Task WatchHeartbeatsAsync(CancellationToken cancellationToken)
    {
        var allowed = _state.Options.HeartbeatInterval + _state.Options.EffectiveHeartbeatGrace;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                TimeSpan wait;
                lock (_lock)
                {
                    wait = _lastHeartbeatAt + allowed - _state.Time.GetUtcNow();
                }

                if (wait <= TimeSpan.Zero)
                {
                    // Discord closes a silent connection and forgets its session.
                    Session?.Invalidate();
                    Close(GatewayCloseCodes.SessionTimedOut, "Session timed out.");
                    return;
                }

                await Task.Delay(wait, _state.Time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private sealed record OutgoingFrame(byte[]? Bytes, int? CloseCode, string? CloseReason, Action? OnSending);
}
