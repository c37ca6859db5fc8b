namespace ReflectBot.Discord.Models;

/// <summary>What GET /gateway/bot answers: where to connect and how many sessions may start.</summary>
public sealed record GatewayBotInfo
{
    public required string Url { get; init; }
    public int Shards { get; init; }
    public required SessionStartLimit SessionStartLimit { get; init; }
}

/// <summary>How many Identify calls remain and how fast they may go.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }

    /// <summary>Milliseconds until the limit resets.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; }
}
