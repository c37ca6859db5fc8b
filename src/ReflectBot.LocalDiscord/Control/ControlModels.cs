using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>
/// An interaction to inject. <see cref="Data"/> is Discord's own data object for the type; <see cref="ChannelId"/>
/// may be a guild channel, a thread or the user's DM channel (null means the user's DM with the bot).
/// </summary>
public sealed record InjectInteractionRequest
{
    /// <summary>2 application command, 3 message component, 4 autocomplete, 5 modal submit.</summary>
    public required int Type { get; init; }

    public required ulong UserId { get; init; }
    public ulong? ChannelId { get; init; }
    public required JsonNode Data { get; init; }

    /// <summary>The message a component is on (required for type 3).</summary>
    public ulong? MessageId { get; init; }

    public string? Locale { get; init; }
}

public sealed record InjectedInteraction(ulong Id, string Token);

public sealed record InitialResponseInfo(int Type, JsonNode? Data, DateTimeOffset At, bool InTime);

public sealed record InteractionEditInfo(string Target, ulong? MessageId, JsonNode? Data, DateTimeOffset At);

public sealed record RefusedCallbackInfo(int Type, int Code, DateTimeOffset At);

/// <summary>What became of an injected interaction.</summary>
public sealed record InteractionState
{
    public required ulong Id { get; init; }
    public required int Type { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required JsonNode Payload { get; init; }
    public InitialResponseInfo? InitialResponse { get; init; }
    public required bool AnsweredInTime { get; init; }
    public JsonNode? OriginalMessage { get; init; }
    public required IReadOnlyList<JsonNode> Followups { get; init; }
    public required IReadOnlyList<InteractionEditInfo> Edits { get; init; }
    public required IReadOnlyList<RefusedCallbackInfo> RefusedCallbacks { get; init; }

    /// <summary>Callback requests answered 429 (a storm or an emptied bucket) before one got through or the bot gave up.</summary>
    public int RateLimitedCallbacks { get; init; }

    /// <summary>
    /// Milliseconds from the INTERACTION_CREATE frame being handed to the bot's socket to the winning callback
    /// request arriving; null until both happened.
    /// </summary>
    public double? DispatchToResponseMs { get; init; }

    /// <summary><see cref="DispatchToResponseMs"/> as a span.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TimeSpan? DispatchToResponse => DispatchToResponseMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null;
}

/// <summary>A stored message with what the bot sent alongside it and who it would have pinged.</summary>
public sealed record LocalMessage(JsonNode Message, JsonNode? AllowedMentions, bool MentionsEveryone,
    IReadOnlyList<ulong> MentionedUserIds, IReadOnlyList<ulong> MentionedRoleIds, bool Ephemeral, ulong? InteractionId);

public sealed record RegisteredCommands(ulong? GuildId, JsonNode Commands, JsonNode? RawBody);

public sealed record RawDispatchRequest(string Event, string Raw);

/// <summary>One websocket text frame: <paramref name="Text"/>, or <paramref name="Base64"/> bytes sent verbatim (they may be invalid UTF-8).</summary>
public sealed record RawFrameRequest(string? Text = null, string? Base64 = null);

/// <summary>
/// One item of a raw batch: a text frame (<see cref="Frame"/>), a frame of raw bytes (<see cref="FrameBase64"/>), or a
/// dispatch of <see cref="Dispatch"/> whose <c>d</c> is <see cref="Raw"/> verbatim (numbered and kept for replay).
/// </summary>
public sealed record RawGatewayItem
{
    public string? Frame { get; init; }
    public string? FrameBase64 { get; init; }
    public string? Dispatch { get; init; }
    public string? Raw { get; init; }

    public static RawGatewayItem TextFrame(string text) => new() { Frame = text };

    public static RawGatewayItem FrameBytes(byte[] bytes) => new() { FrameBase64 = Convert.ToBase64String(bytes) };

    public static RawGatewayItem RawDispatch(string eventName, string raw) => new() { Dispatch = eventName, Raw = raw };
}

public sealed record RawBatchRequest(IReadOnlyList<RawGatewayItem> Items);

/// <summary>
/// A 429 storm: for <paramref name="DurationMs"/>, each API request is refused with probability <paramref name="Ratio"/>;
/// <paramref name="GlobalShare"/> of those are global 429s (routes that count globally only). Each asks for
/// <paramref name="RetryAfter"/> seconds and holds its bucket (or the global limit) that long. Seeded: repeatable.
/// </summary>
public sealed record RestStormRequest(double Ratio, double GlobalShare = 0.5, double RetryAfter = 0.5, int DurationMs = 60_000, int Seed = 1);

/// <summary>
/// Injected 429s so far, violations (requests the limiter refused because they went into an exhausted bucket or over
/// the global limit: what a careful client never sends), and the invalid-request count Discord would keep.
/// </summary>
public sealed record RateLimitStats(bool StormActive, int InjectedRoute, int InjectedGlobal, int RouteViolations, int GlobalViolations, int InvalidRequests)
{
    /// <summary>The last 20 violations, each naming the route and how its limit had been exhausted.</summary>
    public IReadOnlyList<string> RecentViolations { get; init; } = [];
}

public sealed record CloseFaultRequest(int Code, string? Reason);

public sealed record InvalidSessionFaultRequest(bool Resumable);

/// <summary>Answer the next <paramref name="Count"/> API requests with <paramref name="Status"/>.</summary>
public sealed record RestFaultRequest(int Count, int Status, bool Global = false, double RetryAfter = 1.0);

/// <summary>
/// What a guild control route dispatched: the event name, and its sequence on the current session, or null
/// when no identified session with the GUILDS intent was there to receive it (the world changed anyway).
/// </summary>
public sealed record GuildEventSent(string Event, int? Sequence);

/// <summary>The bot's DMs in total: people with at least one, messages, and people with more than one.</summary>
public sealed record DirectMessageSummary(int Users, int Messages, int UsersWithMoreThanOne);

/// <summary>
/// Every injected interaction in total: answered (and in time), unanswered, and callbacks refused because the
/// interaction already had its response (40060: an attempt to answer twice).
/// </summary>
public sealed record InteractionSummary(int Injected, int Answered, int AnsweredInTime, int Unanswered, int RefusedCallbacks);

/// <summary>Move the server's clock forward by <paramref name="Seconds"/>.</summary>
public sealed record AdvanceClockRequest(double Seconds);

/// <summary>The server's time, how far it has been moved ahead of the system clock, and whether it can be moved.</summary>
public sealed record ClockState(DateTimeOffset Now, double OffsetSeconds, bool Adjustable);

/// <summary>The seeded world, for a client to draw: the server, the bot, the people, the channels and the roles.</summary>
public sealed record WorldDescription(WorldGuildInfo Guild, WorldUserInfo Bot, IReadOnlyList<WorldUserInfo> Users,
    IReadOnlyList<WorldChannelInfo> Channels, IReadOnlyList<WorldRoleInfo> Roles);

public sealed record WorldGuildInfo(ulong Id, string Name);

/// <summary>A person (or the bot); <paramref name="DmChannelId"/> is their DM channel with the bot.</summary>
public sealed record WorldUserInfo(ulong Id, string Name, ulong DmChannelId, bool IsModerator, bool IsBot, bool AcceptsDms);

/// <summary>A guild channel; <paramref name="Nsfw"/> marks it age-restricted.</summary>
public sealed record WorldChannelInfo(ulong Id, string Name, int Type, bool Nsfw, string? Topic);

public sealed record WorldRoleInfo(ulong Id, string Name);

/// <summary>How many message changes the server has seen; pass it back as <c>since</c> to wait for the next.</summary>
public sealed record MessageChanges(long Version);
