using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Gateway;

/// <summary>
/// One websocket's life: Hello, Identify or Resume, heartbeats and dispatches, until it closes. It decides
/// nothing about the next connection except what its ending asks for.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly WebSocketConnection _socket;
    private readonly GatewayConnectionContext _context;
    private readonly GatewaySendLimiter _limiter;
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly GatewaySessionState _session;
    private GatewayHeartbeat? _heartbeat;
    private Task _closeTimer = Task.CompletedTask;
    private Task _helloTimer = Task.CompletedTask;
    private Task<WebSocketMessage>? _pendingReceive;
    private GatewayConnectionOutcome? _closeOutcome;
    private int _closing;
    private volatile bool _backpressured;
    private bool _healthy;

    public GatewayConnection(GatewayConnectionContext context)
    {
        _context = context;
        _logger = context.Logger;
        _timeProvider = context.TimeProvider;
        _session = context.Session;
        _socket = new WebSocketConnection(context.GatewayOptions.MaxMessageBytes);
        _limiter = new GatewaySendLimiter(
            context.GatewayOptions.SendLimit,
            context.GatewayOptions.HeartbeatSendReserve,
            context.GatewayOptions.SendWindow,
            _timeProvider);
    }

    /// <summary>True while the receive loop waits for room in the dispatch channel.</summary>
    public bool IsBackpressured => _backpressured;

    /// <summary>True once this side sent its close frame: nothing else may be sent.</summary>
    public bool IsClosing => Volatile.Read(ref _closing) == 1;

    /// <summary>Connects, runs until the socket ends, and says how the next connection should start.</summary>
    public async Task<GatewayConnectionOutcome> RunAsync(Uri uri, bool resume, CancellationToken cancellationToken)
    {
        using (var timeout = new CancellationTokenSource(_context.GatewayOptions.ConnectTimeout, _timeProvider))
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken))
        {
            await _socket.ConnectAsync(uri, connect.Token);
        }

        _helloTimer = CloseUnlessHelloArrivesAsync();
        try
        {
            var outcome = await ReceiveUntilClosedAsync(resume, cancellationToken);
            return outcome with { WasHealthy = _healthy };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseForShutdownAsync();
            throw;
        }
        finally
        {
            _session.SetConnected(false);
        }
    }

    /// <summary>Starts a close with a code that keeps the session (anything but 1000), remembering why.</summary>
    public async Task BeginCloseAsync(GatewayConnectionOutcome outcome)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _closeOutcome = outcome;
        _heartbeat?.Stop();
        try
        {
            await _socket.CloseOutputAsync(GatewayCloseCodes.Reconnecting, "reconnecting", _stop.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
            return;
        }

        // A dead peer never answers the close; the receive loop must not wait for it forever.
        _closeTimer = AbortAfterCloseTimeoutAsync();
    }

    /// <summary>Sends a heartbeat carrying the last sequence; heartbeats bypass the ordinary send budget.</summary>
    public async Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        _limiter.RecordHeartbeat();
        var command = new GatewayCommand<long?>(GatewayOpCode.Heartbeat, _session.LastSequence);
        await _socket.SendTextAsync(Serialize(command, GatewayJsonContext.Default.GatewayCommandNullableInt64), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_heartbeat is not null)
        {
            await _heartbeat.DisposeAsync();
        }

        await _helloTimer;
        await _closeTimer;
        await _socket.DisposeAsync();
        _stop.Dispose();
    }

    private async Task<GatewayConnectionOutcome> ReceiveUntilClosedAsync(bool resume, CancellationToken cancellationToken)
    {
        var shutdown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => shutdown.TrySetResult());
        var frames = new GatewayFrameHandler(this, _context, resume);
        while (true)
        {
            // Cancelling a ClientWebSocket receive aborts the socket, so shutdown is watched beside it instead.
            var receive = _socket.ReceiveAsync(_stop.Token);
            if (!receive.IsCompleted)
            {
                await Task.WhenAny(receive, shutdown.Task);
            }

            if (!receive.IsCompleted && cancellationToken.IsCancellationRequested)
            {
                // RunAsync closes with 1000 and reads the answer through this still-pending receive.
                _pendingReceive = receive;
                cancellationToken.ThrowIfCancellationRequested();
            }

            WebSocketMessage message;
            try
            {
                message = await receive;
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_closeOutcome is not null)
                {
                    return _closeOutcome;
                }

                GatewayLog.ConnectionLost(_logger, ex.GetType().Name);
                return new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "connection lost");
            }

            switch (message.Kind)
            {
                case WebSocketMessageKind.Closed:
                    return _closeOutcome ?? await OnServerClosedAsync();
                case WebSocketMessageKind.TooLarge:
                    GatewayLog.MalformedFrame(_logger, "message larger than the size cap");
                    break;
                case WebSocketMessageKind.Binary:
                    GatewayLog.MalformedFrame(_logger, "binary message on a JSON connection");
                    break;
                default:
                    try
                    {
                        await frames.HandleAsync(message.Payload, cancellationToken);
                    }
                    catch (WebSocketException ex)
                    {
                        // A send (Identify, a requested beat) found the socket gone: same as losing it mid-receive.
                        GatewayLog.ConnectionLost(_logger, ex.GetType().Name);
                        return _closeOutcome ?? new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "connection lost");
                    }

                    break;
            }
        }
    }

    /// <summary>Called by the frame handler once Hello arrived.</summary>
    internal void StartHeartbeat(TimeSpan interval)
    {
        _session.SetConnected(true);
        _heartbeat = new GatewayHeartbeat(this, interval, _context, _stop.Token);
    }

    internal void AcknowledgeHeartbeat() => _heartbeat?.Acknowledge();

    internal void MarkHealthy() => _healthy = true;

    internal void SetBackpressured(bool value)
    {
        _backpressured = value;
        _session.SetWaitingForConsumer(value);
    }

    internal async Task SendCommandAsync<TData>(GatewayCommand<TData> command, JsonTypeInfo<GatewayCommand<TData>> typeInfo, CancellationToken cancellationToken)
    {
        await _limiter.WaitToSendAsync(cancellationToken);
        await _socket.SendTextAsync(Serialize(command, typeInfo), cancellationToken);
    }

    private async Task<GatewayConnectionOutcome> OnServerClosedAsync()
    {
        var code = _socket.CloseStatus;
        GatewayLog.ServerClosed(_logger, code, _socket.CloseStatusDescription);
        await AnswerCloseAsync(code ?? GatewayCloseCodes.Reconnecting);
        return GatewayCloseCodes.OutcomeOfServerClose(code, _session, _logger);
    }

    private async Task AnswerCloseAsync(int code)
    {
        // Echo the peer's code: answering 1000 to a 4xxx close would end a session we may still resume.
        using var timeout = new CancellationTokenSource(_context.GatewayOptions.CloseTimeout, _timeProvider);
        try
        {
            await _socket.CloseOutputAsync(code, "", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    private async Task CloseForShutdownAsync()
    {
        Interlocked.Exchange(ref _closing, 1);
        _heartbeat?.Stop();
        using var timeout = new CancellationTokenSource(_context.GatewayOptions.CloseTimeout, _timeProvider);
        try
        {
            await _socket.CloseOutputAsync(GatewayCloseCodes.NormalClosure, "shutting down", timeout.Token);
            var receive = _pendingReceive ?? _socket.ReceiveAsync(timeout.Token);
            while ((await receive.WaitAsync(timeout.Token)).Kind != WebSocketMessageKind.Closed)
            {
                receive = _socket.ReceiveAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The close frame is out or the socket is gone; either way there is nothing left to wait for.
        }

        GatewayLog.ClosedForShutdown(_logger);
    }

    private async Task CloseUnlessHelloArrivesAsync()
    {
        try
        {
            // Heartbeats, and so zombie detection, start with Hello: a socket that never says it would hang forever.
            await Task.Delay(_context.GatewayOptions.HelloTimeout, _timeProvider, _stop.Token);
            if (_heartbeat is null)
            {
                GatewayLog.MalformedFrame(_logger, "no Hello before the timeout");
                await BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "no Hello"));
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task AbortAfterCloseTimeoutAsync()
    {
        try
        {
            await Task.Delay(_context.GatewayOptions.CloseTimeout, _timeProvider, _stop.Token);
            _socket.Abort();
        }
        catch (OperationCanceledException)
        {
            // The connection ended before the timeout: nothing to abort.
        }
    }

    private static ReadOnlyMemory<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
        => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
}
