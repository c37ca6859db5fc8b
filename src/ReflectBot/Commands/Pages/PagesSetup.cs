using ReflectBot.Core.Content;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Pages;

/// <summary>/about (what the bot is and is not); /help lives with crisis support (Commands/Safety) because it shows the resources.</summary>
public static class PagesSetup
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommand>(provider => new ContentPageCommand(
            "about", "What ReflectBot is, what it is not, and how it treats your data", "about",
            provider.GetRequiredService<ContentCatalogProvider>()));
        return services;
    }
}
