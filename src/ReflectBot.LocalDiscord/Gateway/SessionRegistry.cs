using System.Collections.Concurrent;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>Every session and live connection, plus the counters the control API reports and waits on.</summary>
internal sealed class SessionRegistry(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<GatewayConnection, byte> _live = new();
    private readonly ConcurrentQueue<GatewayCloseInfo> _closes = new();
    private GatewaySession? _current;
    private int _connects, _identifies, _readies, _resumes, _invalidSessions, _heartbeats;

    public ChangeSignal Changed { get; } = new();

    /// <summary>The session interactions are delivered to: the most recently identified or resumed one.</summary>
    public GatewaySession? Current => Volatile.Read(ref _current);

    public IEnumerable<GatewayConnection> LiveConnections => _live.Keys;

    public int Count(string gatewayEvent) => gatewayEvent.ToUpperInvariant() switch
    {
        "CONNECT" => Volatile.Read(ref _connects),
        "IDENTIFY" => Volatile.Read(ref _identifies),
        "READY" => Volatile.Read(ref _readies),
        "RESUMED" or "RESUME" => Volatile.Read(ref _resumes),
        "INVALID_SESSION" => Volatile.Read(ref _invalidSessions),
        "HEARTBEAT" => Volatile.Read(ref _heartbeats),
        "DISCONNECT" => _closes.Count,
        "LIVE" => Current?.Connection is null ? 0 : 1,
        _ => throw new ArgumentException($"Unknown gateway event '{gatewayEvent}'.", nameof(gatewayEvent)),
    };

    public void Connected(GatewayConnection connection) => Bump(ref _connects, () => _live[connection] = 0);

    public void Disconnected(GatewayConnection connection, GatewayCloseInfo close)
    {
        _live.TryRemove(connection, out _);
        _closes.Enqueue(close);
        Changed.Notify();
    }

    public GatewaySession Identify(int intents)
    {
        var session = new GatewaySession(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), intents, timeProvider.GetUtcNow());
        _sessions[session.Id] = session;
        Bump(ref _identifies);
        return session;
    }

    public GatewaySession? Find(string sessionId) => _sessions.GetValueOrDefault(sessionId);

    /// <summary>
    /// The session becomes the one interactions go to only once READY is queued, so nothing can be
    /// dispatched to it ahead of READY.
    /// </summary>
    public void ReadySent(GatewaySession session) => Bump(ref _readies, () => Volatile.Write(ref _current, session));

    public void ResumedSent(GatewaySession session) => Bump(ref _resumes, () => Volatile.Write(ref _current, session));

    public void InvalidSessionSent() => Bump(ref _invalidSessions);

    public void HeartbeatReceived() => Bump(ref _heartbeats);

    public GatewaySnapshot Snapshot() => new()
    {
        Connects = Volatile.Read(ref _connects),
        ConnectedNow = _live.Count,
        Identifies = Volatile.Read(ref _identifies),
        Readies = Volatile.Read(ref _readies),
        Resumes = Volatile.Read(ref _resumes),
        InvalidSessions = Volatile.Read(ref _invalidSessions),
        HeartbeatsReceived = Volatile.Read(ref _heartbeats),
        Sessions = [.. _sessions.Values.OrderBy(s => s.CreatedAt)
            .Select(s => new GatewaySessionInfo(s.Id, s.LastSequence, s.IsConnected, s.IsInvalidated, s.CreatedAt))],
        Closes = [.. _closes],
    };

    private void Bump(ref int counter, Action? alsoDo = null)
    {
        alsoDo?.Invoke();
        Interlocked.Increment(ref counter);
        Changed.Notify();
    }
}
