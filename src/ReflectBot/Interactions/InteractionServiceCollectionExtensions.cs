namespace ReflectBot.Interactions;

/// <summary>Registers the router and the pieces around it; features add their handlers beside it.</summary>
public static class InteractionServiceCollectionExtensions
{
    public static IServiceCollection AddInteractions(this IServiceCollection services)
    {
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<CommandRegistrar>();
        return services;
    }

    public static IServiceCollection AddSlashCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ISlashCommand
        => services.AddSingleton<ISlashCommand, TCommand>();
}
