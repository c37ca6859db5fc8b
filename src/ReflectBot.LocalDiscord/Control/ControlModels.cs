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
}

/// <summary>A stored message with what the bot sent alongside it and who it would have pinged.</summary>
public sealed record LocalMessage(JsonNode Message, JsonNode? AllowedMentions, bool MentionsEveryone,
    IReadOnlyList<ulong> MentionedUserIds, IReadOnlyList<ulong> MentionedRoleIds, bool Ephemeral, ulong? InteractionId);

public sealed record RegisteredCommands(ulong? GuildId, JsonNode Commands, JsonNode? RawBody);

public sealed record RawDispatchRequest(string Event, string Raw);

public sealed record RawFrameRequest(string Text);

public sealed record CloseFaultRequest(int Code, string? Reason);

public sealed record InvalidSessionFaultRequest(bool Resumable);

/// <summary>Answer the next <paramref name="Count"/> API requests with <paramref name="Status"/>.</summary>
public sealed record RestFaultRequest(int Count, int Status, bool Global = false, double RetryAfter = 1.0);

/// <summary>
/// What a guild control route dispatched: the event name, and its sequence on the current session, or null
/// when no identified session with the GUILDS intent was there to receive it (the world changed anyway).
/// </summary>
public sealed record GuildEventSent(string Event, int? Sequence);
