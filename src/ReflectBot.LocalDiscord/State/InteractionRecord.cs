using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.State;

/// <summary>The winning initial response; <c>ReceivedTimestamp</c> is when its request arrived, on the TimeProvider's timestamp clock.</summary>
internal sealed record InitialResponse(int Type, JsonNode? Data, DateTimeOffset At, bool InTime, long? ReceivedTimestamp = null);

internal sealed record InteractionEdit(string Target, ulong? MessageId, JsonNode? Data, DateTimeOffset At);

internal sealed record RefusedCallback(int Type, int Code, DateTimeOffset At);

/// <summary>An interaction the control API injected, and everything the bot answered to it.</summary>
internal sealed class InteractionRecord
{
    private readonly Lock _lock = new();
    private readonly List<ulong> _followups = [];
    private readonly List<InteractionEdit> _edits = [];
    private readonly List<RefusedCallback> _refused = [];
    private readonly TaskCompletionSource<InitialResponse> _initial = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private InitialResponse? _response;
    private ulong? _originalMessageId;
    private long? _dispatchedTimestamp;
    private int _rateLimitedCallbacks;

    public required ulong Id { get; init; }
    public required string Token { get; init; }
    public required int Type { get; init; }
    public required ulong UserId { get; init; }
    public required ulong ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required JsonObject Payload { get; init; }

    /// <summary>The message a component sits on; a deferred update's @original.</summary>
    public ulong? SourceMessageId { get; init; }

    /// <summary>What @original means for this interaction's webhook, once the initial response decided it.</summary>
    public ulong? OriginalMessageId
    {
        get { lock (_lock) { return _originalMessageId; } }
        set { lock (_lock) { _originalMessageId = value; } }
    }

    public Task<InitialResponse> InitialResponseTask => _initial.Task;

    /// <summary>When INTERACTION_CREATE was first handed to the bot's socket (TimeProvider timestamp); null before.</summary>
    public long? DispatchedTimestamp
    {
        get { lock (_lock) { return _dispatchedTimestamp; } }
    }

    /// <summary>Records the first hand-over of the dispatch to a socket; a replay after a resume keeps the first.</summary>
    public void MarkDispatched(long timestamp)
    {
        lock (_lock)
        {
            _dispatchedTimestamp ??= timestamp;
        }
    }

    /// <summary>From the dispatch leaving the server to the winning callback arriving; null until both happened.</summary>
    public TimeSpan? DispatchToResponse(TimeProvider time)
    {
        lock (_lock)
        {
            return _dispatchedTimestamp is { } sent && _response?.ReceivedTimestamp is { } received
                ? time.GetElapsedTime(sent, received)
                : null;
        }
    }

    public InitialResponse? Response
    {
        get { lock (_lock) { return _response; } }
    }

    /// <summary>Records the initial response unless one exists; exactly one may win.</summary>
    public bool TryRespond(InitialResponse response)
    {
        lock (_lock)
        {
            if (_response is not null)
            {
                return false;
            }

            _response = response;
        }

        return true;
    }

    /// <summary>
    /// Wakes whoever waits for the initial response. Called once the message it created is stored,
    /// so a waiter never sees the response without its message.
    /// </summary>
    public void PublishInitialResponse()
    {
        if (Response is { } response)
        {
            _initial.TrySetResult(response);
        }
    }

    public void AddFollowup(ulong messageId)
    {
        lock (_lock)
        {
            _followups.Add(messageId);
        }
    }

    public void AddEdit(InteractionEdit edit)
    {
        lock (_lock)
        {
            _edits.Add(edit);
        }
    }

    /// <summary>Callback requests answered 429 before their route ran (a storm, or a bucket the bot had emptied).</summary>
    public int RateLimitedCallbacks => Volatile.Read(ref _rateLimitedCallbacks);

    public void CountRateLimitedCallback() => Interlocked.Increment(ref _rateLimitedCallbacks);

    public void AddRefused(RefusedCallback refused)
    {
        lock (_lock)
        {
            _refused.Add(refused);
        }
    }

    public (IReadOnlyList<ulong> Followups, IReadOnlyList<InteractionEdit> Edits, IReadOnlyList<RefusedCallback> Refused) History()
    {
        lock (_lock)
        {
            return ([.. _followups], [.. _edits], [.. _refused]);
        }
    }
}
