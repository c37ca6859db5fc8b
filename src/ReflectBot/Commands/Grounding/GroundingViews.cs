using System.Globalization;
using System.Text;
using ReflectBot.Core.Grounding;
using ReflectBot.Data.Grounding;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Grounding;

/// <summary>The messages a grounding exercise shows, one per moment of the flow.</summary>
public static class GroundingViews
{
    private const int ButtonLabelMaxLength = 80;
    private const int ButtonsPerRow = 5;

    public static InteractionReply Menu(IEnumerable<GroundingExercise> exercises, string? lead = null) => new()
    {
        Content = lead ?? GroundingTexts.Menu,
        Components = Rows(exercises.Select(exercise =>
            Component.Button(ButtonStyle.Secondary, GroundingCustomIds.ForPick(exercise.Id), EmbedText.Fit(exercise.Title, ButtonLabelMaxLength)))),
    };

    public static InteractionReply BeforeRating(GroundingExercise exercise, long sessionId) => new()
    {
        Content = $"**{exercise.Title}**\n{exercise.Summary}\n\n{GroundingTexts.BeforeQuestion}",
        Components = RatingRows(rating => GroundingCustomIds.ForBefore(sessionId, rating), GroundingCustomIds.ForSkipBefore(sessionId)),
    };

    public static InteractionReply Step(GroundingExercise exercise, long sessionId, int step)
    {
        var current = exercise.Steps[step];
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**{exercise.Title}** · step {step + 1} of {exercise.Steps.Count}\n\n{current.Text}");
        if (current.Seconds is { } seconds)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n*Take about {seconds} seconds.*");
        }

        return new()
        {
            Content = text.ToString(),
            Components =
            [
                Component.ActionRow(
                    Component.Button(ButtonStyle.Primary, GroundingCustomIds.ForNext(sessionId, step + 1), GroundingTexts.Next),
                    Component.Button(ButtonStyle.Secondary, GroundingCustomIds.ForStop(sessionId), GroundingTexts.Stop)),
            ],
        };
    }

    public static InteractionReply Phase(GroundingExercise exercise, BreathingSchedule schedule, long sessionId, int phase) => new()
    {
        Content = PhaseText(exercise, schedule.Phases[phase]),
        Components =
        [
            Component.ActionRow(
                Component.Button(ButtonStyle.Secondary, GroundingCustomIds.ForPause(sessionId), GroundingTexts.Pause),
                Component.Button(ButtonStyle.Secondary, GroundingCustomIds.ForStop(sessionId), GroundingTexts.Stop)),
        ],
    };

    public static InteractionReply Paused(GroundingExercise exercise, BreathingSchedule schedule, long sessionId, int phase) => new()
    {
        Content = $"**{exercise.Title}** is paused. Take all the time you need; Resume carries on from here:\n\n{schedule.Phases[phase].Text}",
        Components =
        [
            Component.ActionRow(
                Component.Button(ButtonStyle.Primary, GroundingCustomIds.ForResume(sessionId, phase), GroundingTexts.Resume),
                Component.Button(ButtonStyle.Secondary, GroundingCustomIds.ForStop(sessionId), GroundingTexts.Stop)),
        ],
    };

    public static InteractionReply Closing(GroundingExercise exercise, long sessionId) => new()
    {
        Content = $"**{exercise.Title}**\n\n{exercise.Closing}\n\n{GroundingTexts.AfterQuestion}",
        Components = RatingRows(rating => GroundingCustomIds.ForAfter(sessionId, rating), GroundingCustomIds.ForSkipAfter(sessionId)),
    };

    public static InteractionReply Done(GroundingExercise? exercise, string? note) => new()
    {
        Content = exercise is null ? note : $"**{exercise.Title}**\n\n{exercise.Closing}" + (note is null ? "" : $"\n\n{note}"),
        Components = [],
    };

    public static InteractionReply Stopped() => new() { Content = GroundingTexts.Stopped, Components = [] };

    public static InteractionReply TimeRanOut(GroundingExercise exercise) => new()
    {
        Content = GroundingTexts.TimeRanOut(exercise.Title),
        Components = [Component.ActionRow(Component.Button(ButtonStyle.Primary, GroundingCustomIds.ForPick(exercise.Id), GroundingTexts.StartAgain))],
    };

    public static InteractionReply History(IReadOnlyList<GroundingAverageChange> changes, Func<string, string> titleOf)
    {
        if (changes.Count == 0)
        {
            return InteractionReply.Text(GroundingTexts.NoHistory);
        }

        var text = new StringBuilder("**How your grounding sessions went** (intensity from 0 to 10, after minus before)\n");
        foreach (var change in changes)
        {
            var sessions = change.Sessions == 1 ? "1 session" : $"{change.Sessions} sessions";
            text.Append(CultureInfo.InvariantCulture, $"\n• {titleOf(change.ExerciseId)}: {change.AverageChange:+0.0;-0.0;0.0} on average ({sessions})");
        }

        text.Append("\n\nA lower number after means things felt less intense. Every exercise suits some moments better than others.");
        return InteractionReply.Text(text.ToString());
    }

    private static string PhaseText(GroundingExercise exercise, BreathingPhase phase) =>
        string.Create(CultureInfo.InvariantCulture, $"**{exercise.Title}** · round {phase.Round} of {exercise.Repeat}\n\n{phase.Text}\n\n*{phase.Length.TotalSeconds:0} seconds*");

    // Discord holds at most five buttons in a row: 0–4, 5–9, then 10 beside Skip.
    private static List<Component> RatingRows(Func<int, string> idFor, string skipId)
    {
        var buttons = Enumerable.Range(0, 11)
            .Select(rating => Component.Button(ButtonStyle.Secondary, idFor(rating), rating.ToString(CultureInfo.InvariantCulture)))
            .Append(Component.Button(ButtonStyle.Primary, skipId, GroundingTexts.SkipRating));
        return Rows(buttons);
    }

    private static List<Component> Rows(IEnumerable<Component> buttons) =>
        [.. buttons.Chunk(ButtonsPerRow).Select(row => Component.ActionRow(row))];
}
