using ReflectBot.Interactions;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Privacy;

/// <summary>/privacy, /mydata export|delete with its confirmation buttons, and the daily retention purge.</summary>
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<MyDataExport>();
        services.AddSingleton<MyDataDeletion>();
        services.AddSlashCommand<PrivacyCommand>();
        services.AddSlashCommand<MyDataCommand>();
        services.AddSingleton<IComponentHandler, MyDataButtons>();
        services.AddScheduledJob<RetentionJob>();
        return services;
    }
}
