using ReflectBot.Core.Grounding;
using ReflectBot.Data.Grounding;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Grounding;

/// <summary>
/// Moves a paced exercise along on time: one edit of the message per phase, never more than one a
/// second, through the interaction token of the click that started (or resumed) it. It stops
/// before that token would expire and offers to start again instead.
/// </summary>
public sealed partial class PacedExerciseRunner(
    DiscordRestClient rest,
    GroundingRepository repository,
    TimeProvider timeProvider,
    ILogger<PacedExerciseRunner> logger)
{
    /// <summary>Discord's tokens last 15 minutes; the timer lets go a minute earlier.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    private static readonly TimeSpan MinimumEditGap = TimeSpan.FromSeconds(1);

    /// <summary>The token to edit with and when the interaction that gave it arrived.</summary>
    public sealed record Target(Snowflake ApplicationId, string Token, DateTimeOffset ReceivedAt);

    /// <summary>
    /// Runs from <paramref name="fromPhase"/>, which is on screen already, as if the exercise had
    /// begun at <paramref name="startedAt"/> minus that phase's offset.
    /// </summary>
    public async Task RunAsync(
        Target target,
        long sessionId,
        ulong userId,
        GroundingExercise exercise,
        int fromPhase,
        DateTimeOffset startedAt,
        Action<int> reportPhase,
        CancellationToken cancellationToken)
    {
        var schedule = BreathingSchedule.For(exercise);
        var anchor = startedAt - schedule.Phases[fromPhase].Offset;
        var deadline = target.ReceivedAt + TokenLifetime;
        var shown = fromPhase;
        var lastEdit = startedAt;
        try
        {
            while (true)
            {
                var next = shown + 1;
                var dueAt = anchor + (next < schedule.Phases.Count ? schedule.Phases[next].Offset : schedule.Duration);
                if (dueAt < lastEdit + MinimumEditGap)
                {
                    dueAt = lastEdit + MinimumEditGap;
                }

                if (dueAt >= deadline)
                {
                    await repository.StopAsync(sessionId, userId, timeProvider.GetUtcNow(), cancellationToken);
                    await EditAsync(target, GroundingViews.TimeRanOut(exercise), cancellationToken);
                    LogTokenRanOut(sessionId);
                    return;
                }

                var wait = dueAt - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                }

                var now = timeProvider.GetUtcNow();
                if (schedule.PhaseAt(now - anchor) is not { } phase)
                {
                    // Stopped meanwhile: the closing words (and their rating) are not for a stopped session.
                    if (await repository.FinishAsync(sessionId, userId, now, cancellationToken))
                    {
                        await EditAsync(target, GroundingViews.Closing(exercise, sessionId), cancellationToken);
                    }

                    return;
                }

                if (phase > shown)
                {
                    // The person deleted their data (/mydata delete) meanwhile: the session is gone, so nothing more is shown.
                    if (await repository.GetAsync(sessionId, cancellationToken) is null)
                    {
                        LogSessionGone(sessionId);
                        return;
                    }

                    await EditAsync(target, GroundingViews.Phase(exercise, schedule, sessionId, phase), cancellationToken);
                    shown = phase;
                    reportPhase(shown);
                    lastEdit = now;
                }
            }
        }
        catch (DiscordRestException exception)
        {
            // The message is gone or the token no longer works: nothing more can be shown.
            LogEditFailed(exception, sessionId);
        }
    }

    private Task<Message> EditAsync(Target target, InteractionReply view, CancellationToken cancellationToken) =>
        rest.EditOriginalInteractionResponseAsync(
            target.ApplicationId,
            target.Token,
            new MessageEdit { Content = view.Content, Components = view.Components },
            null,
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grounding session {SessionId} reached the end of its interaction token and was stopped")]
    private partial void LogTokenRanOut(long sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grounding session {SessionId} no longer exists; its timer stops")]
    private partial void LogSessionGone(long sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grounding session {SessionId} could not edit its message; its timer stops")]
    private partial void LogEditFailed(Exception exception, long sessionId);
}
