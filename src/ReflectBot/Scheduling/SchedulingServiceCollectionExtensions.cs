namespace ReflectBot.Scheduling;

/// <summary>Registers the scheduler loop once and lets features add their jobs to it.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<SchedulerSignal>();
        services.AddHostedService<SchedulerService>();
        return services;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
        => services.AddSingleton<IScheduledJob, TJob>();
}
