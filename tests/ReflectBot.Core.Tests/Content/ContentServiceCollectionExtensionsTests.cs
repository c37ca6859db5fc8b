using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReflectBot.Core.Content;

namespace ReflectBot.Core.Tests.Content;

public sealed class ContentServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Starting_the_initializer_makes_the_catalog_available()
    {
        using var prompts = new TempPromptsFolder();
        await using var services = Build(prompts.Path);
        var provider = services.GetRequiredService<ContentCatalogProvider>();
        Assert.Throws<InvalidOperationException>(() => provider.Current);

        await StartAllAsync(services);

        Assert.Same(provider.Current, services.GetRequiredService<ContentCatalog>());
        Assert.Equal("Title of about", services.GetRequiredService<ContentCatalog>().GetPage("about").Title);
    }

    [Fact]
    public async Task A_broken_content_file_stops_the_start_with_its_position()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("pages/help.yaml", "id: help\ntitle: Help\nbody: B\n");
        await using var services = Build(prompts.Path);

        var failure = await Assert.ThrowsAsync<ContentValidationException>(() => StartAllAsync(services));

        Assert.Contains("prompts/pages/help.yaml:1:1: missing required key 'summary'", failure.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<ContentCatalogProvider>().Current);
    }

    private static ServiceProvider Build(string promptsPath) =>
        new ServiceCollection()
            .AddLogging()
            .AddReflectBotContent()
            .Configure<ContentOptions>(options => options.PromptsPath = promptsPath)
            .BuildServiceProvider();

    private static async Task StartAllAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }
}
