namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>Decides when a request may leave; the REST client's seam for tests.</summary>
public interface IDiscordRateLimiter
{
    /// <summary>Waits until the route may send one request; dispose the permit when the attempt is over.</summary>
    ValueTask<IRateLimitPermit> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken);
}
