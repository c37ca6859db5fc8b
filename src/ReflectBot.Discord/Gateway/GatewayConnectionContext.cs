using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Gateway;

/// <summary>What every connection of one gateway client shares.</summary>
internal sealed record GatewayConnectionContext
{
    public required DiscordClientOptions ClientOptions { get; init; }

    public required GatewayOptions GatewayOptions { get; init; }

    public required GatewaySessionState Session { get; init; }

    public required ChannelWriter<GatewayDispatch> Dispatches { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Uniform in [0,1): heartbeat jitter, op 9 waits and backoff jitter. A seam so tests can fix it.</summary>
    public required Func<double> Random { get; init; }

    public required ILogger Logger { get; init; }
}
