using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReflectBot.Core.Content;

/// <summary>Loads prompts/ at start; a broken file stops the start with every error listed.</summary>
public sealed partial class ContentCatalogInitializer(
    ContentLoader loader,
    ContentCatalogProvider provider,
    IOptions<ContentOptions> options,
    ILogger<ContentCatalogInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = await loader.LoadOrThrowAsync(options.Value.PromptsPath, cancellationToken);
        provider.Set(catalog);
        LogLoaded(logger, catalog.Pages.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded: {PageCount} page(s)")]
    private static partial void LogLoaded(ILogger logger, int pageCount);
}
