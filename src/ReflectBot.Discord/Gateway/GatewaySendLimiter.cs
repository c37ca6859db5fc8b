namespace ReflectBot.Discord.Gateway;

/// <summary>
/// A sliding-window budget for the sends of one connection. Heartbeats never wait: ordinary sends stop
/// short of the limit by a reserve, so there is always room left for the beats that keep the session alive.
/// </summary>
internal sealed class GatewaySendLimiter
{
    private readonly Queue<DateTimeOffset> _sentAt = new();
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _ordinaryLimit;
    private readonly TimeSpan _window;

    public GatewaySendLimiter(int limit, int heartbeatReserve, TimeSpan window, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(heartbeatReserve);
        _ordinaryLimit = Math.Max(1, limit - heartbeatReserve);
        _window = window;
        _timeProvider = timeProvider;
    }

    /// <summary>Sends counted in the current window.</summary>
    public int SentInWindow
    {
        get
        {
            lock (_lock)
            {
                Trim(_timeProvider.GetUtcNow());
                return _sentAt.Count;
            }
        }
    }

    /// <summary>Records a heartbeat; it goes out now whatever the budget, because a late beat loses the session.</summary>
    public void RecordHeartbeat()
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            Trim(now);
            _sentAt.Enqueue(now);
        }
    }

    /// <summary>Waits until an ordinary send fits in the window, then records it.</summary>
    public async Task WaitToSendAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _timeProvider.GetUtcNow();
                Trim(now);
                if (_sentAt.Count < _ordinaryLimit)
                {
                    _sentAt.Enqueue(now);
                    return;
                }

                // The oldest sends that must expire before this one fits.
                var mustExpire = _sentAt.Count - _ordinaryLimit;
                wait = _sentAt.ElementAt(mustExpire) + _window - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), _timeProvider, cancellationToken);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_sentAt.Count > 0 && _sentAt.Peek() + _window <= now)
        {
            _sentAt.Dequeue();
        }
    }
}
