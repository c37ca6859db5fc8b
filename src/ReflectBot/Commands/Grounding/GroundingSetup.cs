using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>/ground: the exercises, their buttons and the timers of paced ones.</summary>
public static class GroundingSetup
{
    public static IServiceCollection AddGrounding(this IServiceCollection services)
    {
        services.AddSingleton<GroundingTimers>();
        services.AddSingleton<PacedExerciseRunner>();
        services.AddSingleton<GroundingFlow>();
        services.AddSlashCommand<GroundCommand>();
        services.AddSingleton<IAutocompleteHandler, GroundingSuggestions>();
        services.AddSingleton<IComponentHandler, GroundingButtons>();
        return services;
    }
}
