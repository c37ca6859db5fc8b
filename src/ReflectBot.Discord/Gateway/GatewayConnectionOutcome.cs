namespace ReflectBot.Discord.Gateway;

/// <summary>How the next connection should start.</summary>
internal enum GatewayReconnectMode
{
    Resume,
    Identify,
}

/// <summary>Why one connection ended and what the next one should do.</summary>
internal sealed record GatewayConnectionOutcome(GatewayReconnectMode Mode, string Reason)
{
    /// <summary>True when the connection reached READY or RESUMED, which resets the backoff.</summary>
    public bool WasHealthy { get; init; }

    /// <summary>A wait Discord asks for before the next attempt (op 9: 1–5 s).</summary>
    public TimeSpan MinimumDelay { get; init; }
}
