using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReflectBot.Servers;

/// <summary>What features acting in a server share: the bot's own identity and its permissions in a channel.</summary>
public static class ServerAccessServiceCollectionExtensions
{
    /// <summary>Safe to call from every feature that needs it; registers once.</summary>
    public static IServiceCollection AddServerAccess(this IServiceCollection services)
    {
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<BotChannelPermissions>();
        services.TryAddSingleton<ServerDeparture>();
        return services;
    }
}
