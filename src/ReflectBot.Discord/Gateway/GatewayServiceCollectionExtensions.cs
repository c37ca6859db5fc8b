using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReflectBot.Discord.Gateway;

/// <summary>Registers the gateway client; the host supplies IGatewayUrlProvider, the options and TimeProvider.</summary>
public static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.AddOptions<GatewayOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GatewayClient>();
        return services;
    }
}
