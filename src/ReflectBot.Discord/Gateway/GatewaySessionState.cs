using ReflectBot.Discord.Models;

namespace ReflectBot.Discord.Gateway;

/// <summary>The session that outlives single connections: what a Resume needs, shared by the receive and heartbeat tasks.</summary>
internal sealed class GatewaySessionState
{
    private readonly Lock _lock = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _lastSequence;
    private Snowflake? _applicationId;
    private bool _isConnected;
    private bool _isWaitingForConsumer;
    private int _connectionCount;
    private int _identifyCount;
    private int _resumeCount;

    public long? LastSequence
    {
        get
        {
            lock (_lock)
            {
                return _lastSequence;
            }
        }
    }

    public Snowflake? ApplicationId
    {
        get
        {
            lock (_lock)
            {
                return _applicationId;
            }
        }
    }

    /// <summary>The session id and resume address, or null when the next connection must Identify.</summary>
    public (string SessionId, Uri ResumeUrl, long? Sequence)? ResumeTarget
    {
        get
        {
            lock (_lock)
            {
                return _sessionId is not null && _resumeUrl is not null ? (_sessionId, _resumeUrl, _lastSequence) : null;
            }
        }
    }

    /// <summary>True when the sequence is new; a replayed or out-of-order one must not reach the bot again.</summary>
    public bool IsNewSequence(long sequence)
    {
        lock (_lock)
        {
            return _lastSequence is not { } last || sequence > last;
        }
    }

    public void MarkDelivered(long sequence)
    {
        lock (_lock)
        {
            if (_lastSequence is not { } last || sequence > last)
            {
                _lastSequence = sequence;
            }
        }
    }

    public void StartSession(string sessionId, Uri resumeUrl, Snowflake? applicationId)
    {
        lock (_lock)
        {
            _sessionId = sessionId;
            _resumeUrl = resumeUrl;
            _applicationId = applicationId ?? _applicationId;
        }
    }

    /// <summary>Forgets the session so the next connection identifies; sequences start again from 1.</summary>
    public void ClearSession()
    {
        lock (_lock)
        {
            _sessionId = null;
            _resumeUrl = null;
            _lastSequence = null;
        }
    }

    public void SetConnected(bool connected)
    {
        lock (_lock)
        {
            _isConnected = connected;
        }
    }

    public void SetWaitingForConsumer(bool waiting)
    {
        lock (_lock)
        {
            _isWaitingForConsumer = waiting;
        }
    }

    public int CountConnection() => Interlocked.Increment(ref _connectionCount);

    public void CountIdentify() => Interlocked.Increment(ref _identifyCount);

    public void CountResume() => Interlocked.Increment(ref _resumeCount);

    public GatewayStatus Snapshot()
    {
        lock (_lock)
        {
            return new GatewayStatus
            {
                IsConnected = _isConnected,
                SessionId = _sessionId,
                LastSequence = _lastSequence,
                IsWaitingForConsumer = _isWaitingForConsumer,
                ConnectionCount = Volatile.Read(ref _connectionCount),
                IdentifyCount = Volatile.Read(ref _identifyCount),
                ResumeCount = Volatile.Read(ref _resumeCount),
            };
        }
    }
}
