namespace ReflectBot.Discord.Gateway;

/// <summary>Settings of the gateway connection that only the gateway client needs.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Discord:Gateway";

    /// <summary>Largest single websocket message accepted; a bigger one is dropped as a decode failure.</summary>
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Delay before the second consecutive reconnect attempt; it doubles for each further one.</summary>
    public TimeSpan InitialReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait for the websocket handshake before giving up on that attempt.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a new socket may take to send Hello before it is given up.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long to wait for the other side to answer our close frame before dropping the socket.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sends allowed per <see cref="SendWindow"/> on one connection (Discord closes with 4008 past 120 a minute).</summary>
    public int SendLimit { get; set; } = 120;

    /// <summary>The sliding window the send limit applies to.</summary>
    public TimeSpan SendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Sends in each window kept back for heartbeats, so other commands can never starve them.</summary>
    public int HeartbeatSendReserve { get; set; } = 4;

    /// <summary>Throws when a setting would make the client loop or misbehave, so a bad config fails at start.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessageBytes, 1024, nameof(MaxMessageBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(SendLimit, 2, nameof(SendLimit));
        ArgumentOutOfRangeException.ThrowIfNegative(HeartbeatSendReserve, nameof(HeartbeatSendReserve));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(HeartbeatSendReserve, SendLimit, nameof(HeartbeatSendReserve));
        foreach (var (value, name) in new[]
        {
            (InitialReconnectDelay, nameof(InitialReconnectDelay)),
            (MaxReconnectDelay, nameof(MaxReconnectDelay)),
            (ConnectTimeout, nameof(ConnectTimeout)),
            (HelloTimeout, nameof(HelloTimeout)),
            (CloseTimeout, nameof(CloseTimeout)),
            (SendWindow, nameof(SendWindow)),
        })
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, name);
        }
    }
}
