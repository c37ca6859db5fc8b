using ReflectBot.Interactions;
using ReflectBot.Servers;

namespace ReflectBot.Commands.Cards;

/// <summary>/card: explainer cards, their sharing rules and the buttons under shared cards.</summary>
public static class CardsSetup
{
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddServerAccess();
        services.AddSingleton<CardLibrary>();
        services.AddSingleton<CardSharing>();
        services.AddSingleton<CardSettings>();
        services.AddSlashCommand<CardCommand>();
        services.AddSingleton<IAutocompleteHandler, CardTopicSuggestions>();
        services.AddSingleton<IComponentHandler, CardButtons>();
        return services;
    }
}
