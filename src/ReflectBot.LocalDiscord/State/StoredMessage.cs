using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.State;

/// <summary>Who a message would have pinged after allowed_mentions was applied.</summary>
public sealed record MentionResult(bool MentionsEveryone, IReadOnlyList<ulong> UserIds, IReadOnlyList<ulong> RoleIds)
{
    public static readonly MentionResult None = new(false, [], []);
}

/// <summary>A message as stored: Discord's JSON (never mutated once stored; edits replace it) plus what the bot asked for.</summary>
internal sealed record StoredMessage
{
    public required ulong Id { get; init; }
    public required ulong ChannelId { get; init; }
    public required JsonObject Json { get; init; }
    public JsonNode? AllowedMentions { get; init; }
    public required MentionResult Pings { get; init; }
    public ulong? InteractionId { get; init; }
    public bool Ephemeral { get; init; }
}

internal sealed record StoredAttachment(ulong Id, string Filename, string ContentType, byte[] Content);
