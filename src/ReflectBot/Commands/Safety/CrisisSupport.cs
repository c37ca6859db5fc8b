using ReflectBot.Core.Content;
using ReflectBot.Data.Safety;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// Runs every submitted form's text through the crisis detector once the form has been answered, and on a
/// match sends the person a private follow-up with their safety plan, a grounding button and resources.
/// Nothing is posted publicly or told to anyone; the logs say only that support was shown.
/// </summary>
public sealed partial class CrisisSupport(
    ContentCatalogProvider content,
    SafetyPlanRepository plans,
    CrisisResourcesSource resources,
    ILogger<CrisisSupport> logger) : IModalSubmitObserver
{
    public async Task ObserveAsync(InteractionContext context, IReadOnlyList<string> typed, CancellationToken cancellationToken)
    {
        var detector = content.Current.CrisisDetector;
        var match = typed.Select(detector.Find).FirstOrDefault(found => found is not null);
        if (match is null)
        {
            LogNothingFound();
            return;
        }

        var plan = await PlanOrNullAsync(context.User.Id.Value, cancellationToken);
        var shown = await resources.ForAsync(context.Interaction.GuildId, cancellationToken);
        try
        {
            await context.FollowupAsync(CrisisSupportMessage.Build(plan, shown), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotSent(exception);
            return;
        }

        LogShown();
        LogShownCategory(match.CategoryId);
    }

    private async Task<StoredSafetyPlan?> PlanOrNullAsync(ulong userId, CancellationToken cancellationToken)
    {
        try
        {
            return await plans.GetAsync(userId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Support without the plan is far better than no support at all.
            LogPlanUnreadable(exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Showed crisis support privately after a form")]
    private partial void LogShown();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checked a form for crisis phrases; none found")]
    private partial void LogNothingFound();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Crisis support was for category {Category}")]
    private partial void LogShownCategory(string category);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read a safety plan for crisis support; showed support without it")]
    private partial void LogPlanUnreadable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send crisis support after a form")]
    private partial void LogNotSent(Exception exception);
}
