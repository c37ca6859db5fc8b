using ReflectBot.Core.Quiz;
using ReflectBot.Data.Quiz;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Quiz;

/// <summary>
/// Scores a finished quiz, stores the result once and shows it at once; the picture follows in an edit a moment later,
/// so drawing it never holds up the answer to the click (or, when many finish together, anyone else's).
/// </summary>
public sealed partial class QuizCompletion(
    QuizRepository repository,
    QuizContent content,
    QuizScorer scorer,
    PatternClassifier classifier,
    QuizPicture picture,
    TimeProvider timeProvider,
    ILogger<QuizCompletion> logger)
{
    public async Task CompleteAsync(InteractionContext context, StoredQuizSession session, QuizProgress answered, CancellationToken cancellationToken)
    {
        QuizOutcome outcome;
        try
        {
            outcome = classifier.Classify(scorer.Score(content.Instrument, answered));
        }
        catch (ArgumentException)
        {
            // The statements were edited since this quiz began, so its answers no longer add up.
            await repository.DeleteSessionAsync(session.UserId, session.Version, cancellationToken);
            await context.UpdateMessageAsync(new InteractionReply { Content = QuizTexts.ContentChanged, Embeds = [], Components = [] }, cancellationToken);
            return;
        }

        var scores = new QuizResultScores(
            outcome.Scores.Anxiety,
            outcome.Scores.Avoidance,
            outcome.Pattern.ContentId(),
            outcome.NearPatterns.Count == 0 ? null : string.Join(',', outcome.NearPatterns.Select(p => p.ContentId())));
        var resultId = await repository.CompleteAsync(session.UserId, session.Version, answered.Answers, scores, timeProvider.GetUtcNow(), cancellationToken);
        if (resultId is not { } id)
        {
            // A double click finished it first; that click already showed the result.
            await context.RespondAsync(InteractionReply.Text(QuizTexts.Ended), cancellationToken);
            return;
        }

        LogCompleted(answered.Mode, outcome.Pattern);
        await context.UpdateMessageAsync(QuizResultView.Render(session.UserId, id, answered.Mode, outcome, content, null), cancellationToken);
        try
        {
            var png = await picture.RenderAsync(session.UserId, outcome.Scores, id, cancellationToken);
            await context.UpdateMessageAsync(QuizResultView.Render(session.UserId, id, answered.Mode, outcome, content, png), cancellationToken);
        }
        catch (DiscordRestException exception)
        {
            // The result is shown and stored; only the picture is missing, and /quiz history still has the scores.
            LogPictureNotAttached(exception, answered.Mode);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The picture of a finished {Mode} quiz could not be attached to its result")]
    private partial void LogPictureNotAttached(Exception exception, QuizMode mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Mode} quiz was completed, leaning {Pattern}")]
    private partial void LogCompleted(QuizMode mode, AttachmentPattern pattern);
}
