using System.Diagnostics.CodeAnalysis;
using ReflectBot.Core.Quiz;
using ReflectBot.Data.Quiz;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Quiz;

/// <summary>
/// Starting, resuming, answering, going back and stopping. Progress is saved after every answer with
/// the version the button was drawn for, so a stale or double click changes nothing.
/// </summary>
public sealed partial class QuizSteps(
    QuizRepository repository,
    QuizContent content,
    QuizCompletion completion,
    TimeProvider timeProvider,
    ILogger<QuizSteps> logger)
{
    /// <summary>/quiz start: resumes the quiz in progress unless another mode is asked for, else starts one.</summary>
    public async Task StartOrResumeAsync(InteractionContext context, QuizMode? requested, CancellationToken cancellationToken)
    {
        var userId = context.User.Id.Value;
        var session = await repository.GetSessionAsync(userId, cancellationToken);
        if (session is not null && (requested is null || requested == ModeOf(session)) && TryRestore(session, out var progress))
        {
            await context.RespondAsync(ItemView(session, progress, QuizTexts.Resumed), cancellationToken);
            return;
        }

        var started = await StartAsync(context, requested ?? QuizMode.Short, cancellationToken);
        await context.RespondAsync(started, cancellationToken);
    }

    /// <summary>Starts a fresh quiz and returns its first item.</summary>
    public async Task<InteractionReply> StartAsync(InteractionContext context, QuizMode mode, CancellationToken cancellationToken)
    {
        var progress = content.Instrument.Start(mode);
        var interaction = context.Interaction;
        var session = await repository.StartAsync(
            context.User.Id.Value,
            QuizModes.Id(mode),
            progress.ItemIds,
            interaction.ChannelId?.Value ?? 0,
            interaction.GuildId?.Value,
            timeProvider.GetUtcNow(),
            cancellationToken);
        LogStarted(mode);
        return ItemView(session, progress);
    }

    public async Task AnswerAsync(InteractionContext context, long version, int value, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(context, version, cancellationToken) is not { } current)
        {
            return;
        }

        var (session, progress) = current;
        QuizProgress answered;
        try
        {
            answered = progress.Answer(progress.CurrentItemId!, value);
        }
        catch (QuizAnswerRefusedException)
        {
            await context.UpdateMessageAsync(ItemView(session, progress, QuizTexts.StaleStep), cancellationToken);
            return;
        }

        if (answered.IsComplete)
        {
            await completion.CompleteAsync(context, session, answered, cancellationToken);
            return;
        }

        await SaveAndShowAsync(context, session, answered, cancellationToken);
    }

    public async Task BackAsync(InteractionContext context, long version, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(context, version, cancellationToken) is not { } current)
        {
            return;
        }

        var (session, progress) = current;
        await SaveAndShowAsync(context, session, progress.CanGoBack ? progress.Back() : progress, cancellationToken);
    }

    public async Task StopAsync(InteractionContext context, long version, CancellationToken cancellationToken)
    {
        if (await repository.DeleteSessionAsync(context.User.Id.Value, version, cancellationToken))
        {
            await context.UpdateMessageAsync(new InteractionReply { Content = QuizTexts.Stopped, Embeds = [], Components = [] }, cancellationToken);
            return;
        }

        // A Stop from an older message: show where the quiz really is (or that it has ended).
        await CurrentAsync(context, version, cancellationToken);
    }

    /// <summary>The quiz a button belongs to, or null after telling the person why their click did nothing.</summary>
    private async Task<(StoredQuizSession Session, QuizProgress Progress)?> CurrentAsync(InteractionContext context, long version, CancellationToken cancellationToken)
    {
        var session = await repository.GetSessionAsync(context.User.Id.Value, cancellationToken);
        if (session is null)
        {
            await context.RespondAsync(InteractionReply.Text(QuizTexts.Ended), cancellationToken);
            return null;
        }

        if (!TryRestore(session, out var progress))
        {
            await repository.DeleteSessionAsync(session.UserId, cancellationToken);
            await context.UpdateMessageAsync(new InteractionReply { Content = QuizTexts.ContentChanged, Embeds = [], Components = [] }, cancellationToken);
            return null;
        }

        if (session.Version != version)
        {
            await context.UpdateMessageAsync(ItemView(session, progress, QuizTexts.StaleStep), cancellationToken);
            return null;
        }

        return (session, progress);
    }

    private async Task SaveAndShowAsync(InteractionContext context, StoredQuizSession session, QuizProgress progress, CancellationToken cancellationToken)
    {
        var saved = await repository.SaveProgressAsync(session.UserId, session.Version, progress.Answers, timeProvider.GetUtcNow(), cancellationToken);
        if (!saved)
        {
            // Another click won the race; show whatever is stored now.
            var latest = await repository.GetSessionAsync(session.UserId, cancellationToken);
            var reply = latest is not null && TryRestore(latest, out var latestProgress)
                ? ItemView(latest, latestProgress, QuizTexts.StaleStep)
                : new InteractionReply { Content = QuizTexts.Ended, Embeds = [], Components = [] };
            await context.UpdateMessageAsync(reply, cancellationToken);
            return;
        }

        await context.UpdateMessageAsync(ItemView(session with { Version = session.Version + 1 }, progress), cancellationToken);
    }

    private InteractionReply ItemView(StoredQuizSession session, QuizProgress progress, string? note = null)
        => QuizItemView.Render(session.UserId, session.Version, progress, content.Instrument.Get(progress.CurrentItemId!), note);

    /// <summary>Rebuilds progress from storage; false when the stored quiz no longer matches the instrument (content changed).</summary>
    private bool TryRestore(StoredQuizSession session, [NotNullWhen(true)] out QuizProgress? progress)
    {
        progress = null;
        if (!QuizModes.TryParse(session.Mode, out var mode) || session.ItemIds.Any(id => !content.Instrument.TryGet(id, out _)))
        {
            return false;
        }

        try
        {
            var restored = QuizProgress.Restore(mode, session.ItemIds, session.Answers);
            progress = restored.IsComplete ? null : restored;
            return progress is not null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static QuizMode ModeOf(StoredQuizSession session) => QuizModes.TryParse(session.Mode, out var mode) ? mode : QuizMode.Short;

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Mode} quiz was started")]
    private partial void LogStarted(QuizMode mode);
}
