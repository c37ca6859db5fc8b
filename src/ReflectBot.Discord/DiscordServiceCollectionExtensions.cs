using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord;

/// <summary>Registers the Discord REST client; the host binds <see cref="DiscordClientOptions"/> and registers TimeProvider.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient the REST client uses, for a host that wants to add handlers.</summary>
    public const string RestHttpClientName = "ReflectBot.Discord.Rest";

    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services
            .AddHttpClient(RestHttpClientName, client =>
            {
                // Each attempt has its own TimeProvider-driven timeout; this is only a backstop.
                client.Timeout = TimeSpan.FromMinutes(2);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The client is a singleton, so the pool, not the factory, must notice DNS changes.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            // The factory's default loggers write request URIs, and interaction routes carry tokens in the path.
            .RemoveAllLoggers();

        services.TryAddSingleton<GlobalRateLimiter>();
        services.TryAddSingleton<InvalidRequestCounter>();
        services.TryAddSingleton<BucketRateLimiter>();
        services.TryAddSingleton<IDiscordRateLimiter, DiscordRateLimiter>();
        services.TryAddSingleton(provider => new DiscordRestClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(RestHttpClientName),
            provider.GetRequiredService<IOptions<DiscordClientOptions>>(),
            provider.GetRequiredService<IDiscordRateLimiter>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DiscordRestClient>>()));
        return services;
    }
}
