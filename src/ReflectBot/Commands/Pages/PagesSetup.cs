using ReflectBot.Core.Content;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Pages;

/// <summary>/about (what the bot is and is not) and /help (what it offers, and where to find support).</summary>
public static class PagesSetup
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddSingleton<ISlashCommand>(provider => new ContentPageCommand(
            "about", "What ReflectBot is, what it is not, and how it treats your data", "about",
            provider.GetRequiredService<ContentCatalogProvider>()));
        services.AddSingleton<ISlashCommand>(provider => new ContentPageCommand(
            "help", "What you can do with ReflectBot, and where to find support", "help",
            provider.GetRequiredService<ContentCatalogProvider>()));
        return services;
    }
}
