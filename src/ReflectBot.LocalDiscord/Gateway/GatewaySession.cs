using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>
/// One identified session: its sequence counter and every dispatch it was sent, so a resume can
/// replay what the client missed, in order, whether or not a socket is attached right now.
/// </summary>
internal sealed class GatewaySession(string id, int intents, DateTimeOffset createdAt)
{
    private const int MaxKeptDispatches = 10_000;

    private readonly Lock _lock = new();
    private readonly List<(int Sequence, string Frame, Action? OnSending)> _dispatches = [];
    private GatewayConnection? _connection;
    private int _sequence;
    private DateTimeOffset? _detachedAt;
    private bool _invalidated;

    public string Id { get; } = id;
    public int Intents { get; } = intents;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    public int LastSequence
    {
        get { lock (_lock) { return _sequence; } }
    }

    public bool IsConnected
    {
        get { lock (_lock) { return _connection is not null; } }
    }

    public bool IsInvalidated
    {
        get { lock (_lock) { return _invalidated; } }
    }

    public GatewayConnection? Connection
    {
        get { lock (_lock) { return _connection; } }
    }

    public void Attach(GatewayConnection connection)
    {
        lock (_lock)
        {
            _connection = connection;
            _detachedAt = null;
        }
    }

    public void Detach(GatewayConnection connection, DateTimeOffset at)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_connection, connection))
            {
                _connection = null;
                _detachedAt = at;
            }
        }
    }

    public void Invalidate()
    {
        lock (_lock)
        {
            _invalidated = true;
        }
    }

    /// <param name="eventName">The event, e.g. INTERACTION_CREATE.</param>
    /// <param name="data">Its <c>d</c>.</param>
    /// <param name="onSending">Runs each time the frame is handed to a socket (first delivery and replays).</param>
    public int Dispatch(string eventName, JsonNode? data, Action? onSending = null)
    {
        lock (_lock)
        {
            var sequence = ++_sequence;
            Keep(sequence, GatewayFrames.Build(GatewayOpcodes.Dispatch, data, sequence, eventName), onSending);
            return sequence;
        }
    }

    public int DispatchRaw(string eventName, string rawData)
    {
        lock (_lock)
        {
            var sequence = ++_sequence;
            Keep(sequence, GatewayFrames.BuildRawDispatch(eventName, rawData, sequence));
            return sequence;
        }
    }

    /// <summary>
    /// Moves the session onto <paramref name="connection"/>, replays every dispatch after
    /// <paramref name="sequence"/> and sends RESUMED; false when the session cannot be resumed.
    /// </summary>
    public bool TryResume(GatewayConnection connection, int sequence, DateTimeOffset now, TimeSpan window, out GatewayConnection? previous)
    {
        lock (_lock)
        {
            previous = null;
            var expired = _connection is null && _detachedAt is { } detached && now - detached > window;
            var oldestKept = _dispatches.Count > 0 ? _dispatches[0].Sequence : _sequence + 1;
            if (_invalidated || expired || sequence > _sequence || sequence < oldestKept - 1)
            {
                return false;
            }

            previous = _connection;
            _connection = connection;
            _detachedAt = null;
            foreach (var (kept, frame, onSending) in _dispatches)
            {
                if (kept > sequence)
                {
                    connection.Send(frame, onSending);
                }
            }

            var resumed = ++_sequence;
            Keep(resumed, GatewayFrames.Build(GatewayOpcodes.Dispatch, new JsonObject(), resumed, "RESUMED"));
            return true;
        }
    }

    private void Keep(int sequence, string frame, Action? onSending = null)
    {
        _dispatches.Add((sequence, frame, onSending));
        if (_dispatches.Count > MaxKeptDispatches)
        {
            _dispatches.RemoveRange(0, _dispatches.Count - MaxKeptDispatches);
        }

        _connection?.Send(frame, onSending);
    }
}
