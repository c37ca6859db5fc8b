using ReflectBot.LocalDiscord.Rest;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord;

/// <summary>How the loopback Discord listens and how strictly it plays Discord's rules.</summary>
public sealed class LocalDiscordOptions
{
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>0 lets the OS pick a free port, so parallel tests never collide.</summary>
    public int Port { get; set; }

    public string BotToken { get; set; } = "local-bot-token";

    public ulong ApplicationId { get; set; } = LocalWorld.DefaultApplicationId;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Extra time past the interval before a silent connection is closed; null means half the interval.</summary>
    public TimeSpan? HeartbeatGrace { get; set; }

    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public int GlobalRequestsPerSecond { get; set; } = 50;

    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>Per-route limits keyed by route template such as "POST /channels/{channel_id}/messages".</summary>
    public IDictionary<string, RouteLimit> RouteLimits { get; set; } = RouteLimitTable.CreateDefaults();

    /// <summary>The limit of a route the table does not name.</summary>
    public RouteLimit DefaultRouteLimit { get; set; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>How long a session whose socket went down can still be resumed.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Frames a client may send per <see cref="GatewaySendWindow"/> before it is closed with 4008.</summary>
    public int GatewaySendLimit { get; set; } = 120;

    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Extra plain members (0 to 1,000,000) with stable ids, usernames like member00042 and DMs open to the bot;
    /// see <see cref="LocalWorld.GeneratedMembers"/>. Not listed in GUILD_CREATE, only counted.
    /// </summary>
    public int GeneratedMembers { get; set; }

    /// <summary>
    /// How many of the newest REST requests the control API keeps to show and wait on; older ones are forgotten,
    /// so a long run (a playground left open, a fan-out of 100,000 DMs) does not grow without bound. The count of
    /// invalid requests covers every request ever made.
    /// </summary>
    public int RequestLogCapacity { get; set; } = 20_000;

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal TimeSpan EffectiveHeartbeatGrace => HeartbeatGrace ?? HeartbeatInterval / 2;
}
