namespace ReflectBot.LocalDiscord.Control;

/// <summary>What the gateway has seen so far; counters only ever grow until a reset.</summary>
public sealed record GatewaySnapshot
{
    public required int Connects { get; init; }
    public required int ConnectedNow { get; init; }
    public required int Identifies { get; init; }
    public required int Readies { get; init; }
    public required int Resumes { get; init; }
    public required int InvalidSessions { get; init; }
    public required int HeartbeatsReceived { get; init; }
    public required IReadOnlyList<GatewaySessionInfo> Sessions { get; init; }
    public required IReadOnlyList<GatewayCloseInfo> Closes { get; init; }
}

public sealed record GatewaySessionInfo(string Id, int LastSequence, bool Connected, bool Invalidated, DateTimeOffset CreatedAt);

/// <summary>A closed socket: <paramref name="ByServer"/> tells who sent the close frame; null code means dropped.</summary>
public sealed record GatewayCloseInfo(int? Code, string? Reason, bool ByServer, DateTimeOffset At);
