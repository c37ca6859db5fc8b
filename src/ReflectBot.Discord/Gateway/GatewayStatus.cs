namespace ReflectBot.Discord.Gateway;

/// <summary>A snapshot of the gateway client's state, for logs, health checks and tests.</summary>
public sealed record GatewayStatus
{
    /// <summary>True while a socket is open and has said Hello.</summary>
    public required bool IsConnected { get; init; }

    public required string? SessionId { get; init; }

    /// <summary>The sequence of the last dispatch handed to the channel (what heartbeats and Resume carry).</summary>
    public required long? LastSequence { get; init; }

    /// <summary>True while the receive loop waits for the bot to take dispatches from a full channel.</summary>
    public required bool IsWaitingForConsumer { get; init; }

    public required int ConnectionCount { get; init; }

    public required int IdentifyCount { get; init; }

    public required int ResumeCount { get; init; }
}
