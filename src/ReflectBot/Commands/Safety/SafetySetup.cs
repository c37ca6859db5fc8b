using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>Crisis support after any form, and /safetyplan.</summary>
public static class SafetySetup
{
    public static IServiceCollection AddSafety(this IServiceCollection services)
    {
        services.AddSingleton<CrisisResourcesSource>();
        services.AddSingleton<IModalSubmitObserver, CrisisSupport>();
        services.AddSlashCommand<SafetyPlanCommand>();
        services.AddSingleton<IModalHandler, SafetyPlanModal>();
        return services;
    }
}
