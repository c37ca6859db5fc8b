using ReflectBot.Commands.Journal;
using ReflectBot.Core.Checkins;
using ReflectBot.Interactions;
using ReflectBot.Rendering;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>/checkin, /journal, the check-in DM's buttons and form, and the jobs that send check-ins and weekly summaries.</summary>
public static class CheckinSetup
{
    public static IServiceCollection AddCheckins(this IServiceCollection services)
    {
        services.AddCheckinCore();
        services.AddSingleton<CheckinPlanner>();
        services.AddSingleton<ReflectionPromptChooser>();
        services.AddSingleton<CheckinDmSender>();
        services.AddSingleton<CheckinSubscriptionActions>();
        services.AddSingleton<CheckinAnswers>();
        services.AddSingleton<MoodChartRenderer>();
        services.AddSingleton<WeeklySummaryBuilder>();
        services.AddSlashCommand<CheckinCommand>();
        services.AddSlashCommand<JournalCommand>();
        services.AddSingleton<IAutocompleteHandler>(new TimeZoneSuggestions(CheckinCommand.Name));
        services.AddSingleton<IComponentHandler, CheckinButtons>();
        services.AddSingleton<IModalHandler, CheckinReflectionModal>();
        services.AddSingleton<IPendingNoticeSource, UnreachableCheckinNotice>();
        services.AddScheduledJob<DailyCheckinJob>();
        services.AddScheduledJob<WeeklySummaryJob>();
        return services;
    }
}
