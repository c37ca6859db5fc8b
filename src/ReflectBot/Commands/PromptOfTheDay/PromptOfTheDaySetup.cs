using ReflectBot.Commands.Checkins;
using ReflectBot.Commands.Config;
using ReflectBot.Interactions;
using ReflectBot.Scheduling;
using ReflectBot.Servers;

namespace ReflectBot.Commands.PromptOfTheDay;

/// <summary>/config and the server's reflection prompt of the day.</summary>
public static class PromptOfTheDaySetup
{
    public static IServiceCollection AddPromptOfTheDay(this IServiceCollection services)
    {
        services.AddServerAccess();
        services.AddSingleton<PromptOfTheDaySettings>();
        services.AddSlashCommand<ConfigCommand>();
        services.AddSingleton<IAutocompleteHandler>(new TimeZoneSuggestions(ConfigCommand.Name));
        services.AddScheduledJob<GuildPromptJob>();
        return services;
    }
}
