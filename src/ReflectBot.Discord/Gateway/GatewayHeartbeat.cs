using System.Net.WebSockets;

namespace ReflectBot.Discord.Gateway;

/// <summary>
/// Beats on its own task, apart from the receive loop, so a full dispatch channel cannot delay a heartbeat.
/// A beat that finds the previous one unacknowledged declares the connection a zombie.
/// </summary>
internal sealed class GatewayHeartbeat : IAsyncDisposable
{
    private readonly GatewayConnection _connection;
    private readonly GatewayConnectionContext _context;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;
    private int _acknowledged = 1;

    public GatewayHeartbeat(GatewayConnection connection, TimeSpan interval, GatewayConnectionContext context, CancellationToken connectionToken)
    {
        _connection = connection;
        _context = context;
        _interval = interval;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(connectionToken);

        // Called directly, not through Task.Run, so the first delay is scheduled before Identify goes out.
        _loop = BeatAsync(_stop.Token);
    }

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    public void Stop() => _stop.Cancel();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_interval * _context.Random(), _context.TimeProvider, cancellationToken);
            while (true)
            {
                // While the receive loop waits on a full channel it reads no ACKs, so a missing ACK proves nothing.
                var acknowledged = Interlocked.Exchange(ref _acknowledged, 0) == 1;
                if (!acknowledged && !_connection.IsBackpressured)
                {
                    GatewayLog.ZombieDetected(_context.Logger, _interval.TotalMilliseconds);
                    await _connection.BeginCloseAsync(new GatewayConnectionOutcome(GatewayReconnectMode.Resume, "zombie connection"));
                    return;
                }

                await _connection.SendHeartbeatAsync(cancellationToken);
                await Task.Delay(_interval, _context.TimeProvider, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection is ending.
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket failed under the beat; the receive loop sees the same failure and reconnects.
        }
    }
}
