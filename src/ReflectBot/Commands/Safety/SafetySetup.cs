using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>Crisis support after any form, /safetyplan, server crisis resources and /help, which shows them.</summary>
public static class SafetySetup
{
    public static IServiceCollection AddSafety(this IServiceCollection services)
    {
        services.AddSingleton<CrisisResourcesSource>();
        services.AddSingleton<CrisisResourceSettings>();
        services.AddSingleton<IModalSubmitObserver, CrisisSupport>();
        services.AddSlashCommand<SafetyPlanCommand>();
        services.AddSlashCommand<HelpCommand>();
        services.AddSingleton<IModalHandler, SafetyPlanModal>();
        return services;
    }
}
