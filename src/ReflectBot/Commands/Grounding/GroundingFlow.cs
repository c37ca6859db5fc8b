using ReflectBot.Core.Content;
using ReflectBot.Core.Grounding;
using ReflectBot.Data.Grounding;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>
/// One grounding exercise from menu to after-rating. Every click is checked against the stored
/// session: someone else's, an ended one or an unknown one is answered kindly and stores nothing.
/// </summary>
public sealed class GroundingFlow(
    GroundingRepository repository,
    ContentCatalogProvider content,
    GroundingTimers timers,
    PacedExerciseRunner runner,
    TimeProvider timeProvider)
{
    public IReadOnlyDictionary<string, GroundingExercise> Exercises => content.Current.All<GroundingExercise>();

    /// <summary>The menu of exercises, as a new private message.</summary>
    public Task ShowMenuAsync(InteractionContext context, CancellationToken cancellationToken) =>
        context.RespondAsync(GroundingViews.Menu(Ordered()), cancellationToken);

    /// <summary>Starts <paramref name="exerciseId"/> as a new private message (the command) or on the clicked message (a button).</summary>
    public async Task StartAsync(InteractionContext context, string exerciseId, bool onClickedMessage, CancellationToken cancellationToken)
    {
        if (Find(exerciseId) is not { } exercise)
        {
            var refusal = GroundingViews.Menu(Ordered(), GroundingTexts.UnknownExercise(exerciseId, Exercises.Keys.Order(StringComparer.Ordinal)));
            await context.RespondAsync(refusal, cancellationToken);
            return;
        }

        var sessionId = await repository.StartAsync(context.User.Id.Value, exercise.Id, timeProvider.GetUtcNow(), cancellationToken);
        var view = GroundingViews.BeforeRating(exercise, sessionId);
        await (onClickedMessage ? context.UpdateMessageAsync(view, cancellationToken) : context.RespondAsync(view, cancellationToken));
    }

    public async Task RateBeforeAsync(InteractionContext context, long sessionId, int? rating, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (await RunningAsync(context, sessionId, cancellationToken) is not { } found)
        {
            return;
        }

        if (rating is { } value && !await repository.RecordBeforeAsync(sessionId, context.User.Id.Value, value, cancellationToken))
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.AlreadyRated), cancellationToken);
            return;
        }

        await BeginStepsAsync(context, found.Session, found.Exercise, 0, now, cancellationToken);
    }

    public async Task NextAsync(InteractionContext context, long sessionId, int step, CancellationToken cancellationToken)
    {
        if (await RunningAsync(context, sessionId, cancellationToken) is not { } found)
        {
            return;
        }

        var (session, exercise) = found;
        if (exercise.Paced || step < 1 || step > exercise.Steps.Count)
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.Unknown), cancellationToken);
            return;
        }

        if (step < exercise.Steps.Count)
        {
            await context.UpdateMessageAsync(GroundingViews.Step(exercise, session.Id, step), cancellationToken);
            return;
        }

        await repository.FinishAsync(session.Id, session.UserId, timeProvider.GetUtcNow(), cancellationToken);
        await context.UpdateMessageAsync(GroundingViews.Closing(exercise, session.Id), cancellationToken);
    }

    public async Task PauseAsync(InteractionContext context, long sessionId, CancellationToken cancellationToken)
    {
        if (await RunningAsync(context, sessionId, cancellationToken) is not { } found)
        {
            return;
        }

        if (!found.Exercise.Paced)
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.NothingToPause), cancellationToken);
            return;
        }

        var phase = await timers.StopAsync(sessionId) ?? 0;
        var schedule = BreathingSchedule.For(found.Exercise);
        await context.UpdateMessageAsync(GroundingViews.Paused(found.Exercise, schedule, sessionId, phase), cancellationToken);
    }

    public async Task ResumeAsync(InteractionContext context, long sessionId, int phase, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (await RunningAsync(context, sessionId, cancellationToken) is not { } found)
        {
            return;
        }

        if (!found.Exercise.Paced)
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.NothingToPause), cancellationToken);
            return;
        }

        var last = BreathingSchedule.For(found.Exercise).Phases.Count - 1;
        await BeginStepsAsync(context, found.Session, found.Exercise, Math.Clamp(phase, 0, last), now, cancellationToken);
    }

    public async Task StopAsync(InteractionContext context, long sessionId, CancellationToken cancellationToken)
    {
        if (await RunningAsync(context, sessionId, cancellationToken) is not { } found)
        {
            return;
        }

        // The timer is gone before the message changes, so no late edit can cover the stop.
        await timers.StopAsync(sessionId);
        await repository.StopAsync(sessionId, found.Session.UserId, timeProvider.GetUtcNow(), cancellationToken);
        await context.UpdateMessageAsync(GroundingViews.Stopped(), cancellationToken);
    }

    public async Task RateAfterAsync(InteractionContext context, long sessionId, int? rating, CancellationToken cancellationToken)
    {
        var session = await repository.GetAsync(sessionId, cancellationToken);
        if (!await IsOwnAsync(context, session, cancellationToken))
        {
            return;
        }

        Exercises.TryGetValue(session!.ExerciseId, out var exercise);
        if (session.State != GroundingSessionState.Finished || session.AfterRating is not null)
        {
            await context.RespondAsync(InteractionReply.Text(session.AfterRating is null ? GroundingTexts.AlreadyEnded : GroundingTexts.AlreadyRated), cancellationToken);
            return;
        }

        if (rating is not { } value)
        {
            await context.UpdateMessageAsync(GroundingViews.Done(exercise, null), cancellationToken);
            return;
        }

        if (!await repository.RecordAfterAsync(sessionId, session.UserId, value, cancellationToken))
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.AlreadyRated), cancellationToken);
            return;
        }

        await context.UpdateMessageAsync(GroundingViews.Done(exercise, GroundingTexts.Saved(session.BeforeRating, value)), cancellationToken);
    }

    public async Task HistoryAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var changes = await repository.GetAverageChangesAsync(context.User.Id.Value, cancellationToken);
        var exercises = Exercises;
        await context.RespondAsync(
            GroundingViews.History(changes, id => exercises.TryGetValue(id, out var exercise) ? exercise.Title : id),
            cancellationToken);
    }

    private async Task BeginStepsAsync(
        InteractionContext context, StoredGroundingSession session, GroundingExercise exercise, int from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!exercise.Paced)
        {
            await context.UpdateMessageAsync(GroundingViews.Step(exercise, session.Id, from), cancellationToken);
            return;
        }

        await context.UpdateMessageAsync(GroundingViews.Phase(exercise, BreathingSchedule.For(exercise), session.Id, from), cancellationToken);
        var target = new PacedExerciseRunner.Target(context.Interaction.ApplicationId, context.Interaction.Token, now);
        await timers.StartAsync(session.Id, from, (report, token) =>
            runner.RunAsync(target, session.Id, session.UserId, exercise, from, now, report, token));

        // A Stop that landed while this was starting found no timer to stop: stop it now.
        if ((await repository.GetAsync(session.Id, cancellationToken))?.State != GroundingSessionState.Running)
        {
            await timers.StopAsync(session.Id);
        }
    }

    /// <summary>An exercise by id, or by title typed in any case.</summary>
    private GroundingExercise? Find(string typed)
    {
        var exercises = Exercises;
        return exercises.TryGetValue(typed.Trim(), out var byId)
            ? byId
            : exercises.Values.FirstOrDefault(e => string.Equals(e.Title, typed.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.Id, typed.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(StoredGroundingSession Session, GroundingExercise Exercise)?> RunningAsync(
        InteractionContext context, long sessionId, CancellationToken cancellationToken)
    {
        var session = await repository.GetAsync(sessionId, cancellationToken);
        if (!await IsOwnAsync(context, session, cancellationToken))
        {
            return null;
        }

        if (session!.State != GroundingSessionState.Running || !Exercises.TryGetValue(session.ExerciseId, out var exercise))
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.AlreadyEnded), cancellationToken);
            return null;
        }

        return (session, exercise);
    }

    private static async Task<bool> IsOwnAsync(InteractionContext context, StoredGroundingSession? session, CancellationToken cancellationToken)
    {
        if (session is null)
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.Unknown), cancellationToken);
            return false;
        }

        if (session.UserId != context.User.Id.Value)
        {
            await context.RespondAsync(InteractionReply.Text(GroundingTexts.NotYours), cancellationToken);
            return false;
        }

        return true;
    }

    private IEnumerable<GroundingExercise> Ordered() => Exercises.Values.OrderBy(exercise => exercise.Title, StringComparer.Ordinal);
}
