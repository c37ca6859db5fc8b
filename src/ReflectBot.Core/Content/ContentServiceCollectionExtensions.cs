using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReflectBot.Core.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the loader, the <see cref="ContentCatalogProvider"/> and a hosted
    /// <see cref="ContentCatalogInitializer"/> that fills it at start. <see cref="ContentCatalog"/> itself
    /// resolves from the provider, so inject it only into services created after the host has started;
    /// otherwise inject the provider. Binding <see cref="ContentOptions"/> is the host's job.
    /// </summary>
    public static IServiceCollection AddReflectBotContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .Validate(options => !string.IsNullOrWhiteSpace(options.PromptsPath), "Content:PromptsPath must name a folder.")
            .ValidateOnStart();
        services.TryAddSingleton(_ => new ContentLoader());
        services.TryAddSingleton<ContentCatalogProvider>();
        services.TryAddSingleton(provider => provider.GetRequiredService<ContentCatalogProvider>().Current);
        services.AddHostedService<ContentCatalogInitializer>();
        return services;
    }
}
