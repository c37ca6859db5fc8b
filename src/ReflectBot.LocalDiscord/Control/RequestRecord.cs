using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>One REST request the bot made. <see cref="Path"/> has interaction and webhook tokens replaced by ":token".</summary>
public sealed record RequestRecord
{
    public required long Id { get; init; }
    public required string Method { get; init; }
    public required string Path { get; init; }

    /// <summary>The route template, e.g. "POST /channels/{channel_id}/messages"; null when no route matched.</summary>
    public string? Route { get; init; }

    public required int Status { get; init; }

    /// <summary>The JSON body (for multipart, the payload_json part); null when there was none or it was not JSON.</summary>
    public JsonNode? Body { get; init; }

    public string? RawBody { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
}

public sealed record RequestLogSnapshot(IReadOnlyList<RequestRecord> Requests, int InvalidRequests);
