using System.Text.Json;
using ReflectBot.Core.Content;
using ReflectBot.Discord.Models;
using ReflectBot.Hosting;
using ReflectBot.Interactions;

namespace ReflectBot.Cli;

/// <summary>
/// <c>commands</c>: prints the exact JSON array the bot sends in its bulk overwrite, and nothing else
/// on standard output. It needs no token and opens no connection.
/// </summary>
public static class CommandsVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var builder = ReflectBotHost.CreateBuilder(args);
        builder.Logging.ClearProviders();

        // Handlers are built only to read their definitions. The Discord client some of them hold
        // insists on a token, so without one the verb lends it a stand-in that is never sent.
        if (string.IsNullOrEmpty(builder.Configuration["Discord:Token"]))
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "unused-by-the-commands-verb" });
        }

        builder.AddApplicationServices();
        using var host = builder.Build();

        // Command definitions may draw on content (choices from prompts/), so load it as the bot does.
        var promptsPath = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentOptions>>().Value.PromptsPath;
        var content = await host.Services.GetRequiredService<ContentLoader>().LoadAsync(promptsPath, cancellationToken);
        if (!content.Succeeded)
        {
            foreach (var error in content.Errors)
            {
                errors.WriteLine(error.ToString());
            }

            return 1;
        }

        host.Services.GetRequiredService<ContentCatalogProvider>().Set(content.Catalog);
        var definitions = host.Services.GetRequiredService<CommandCatalog>().Definitions;
        output.WriteLine(JsonSerializer.Serialize(definitions, DiscordJsonContext.Default.IReadOnlyListApplicationCommand));
        return 0;
    }
}
