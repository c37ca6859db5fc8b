using ReflectBot.Rendering;

namespace ReflectBot.Commands.Grounding;

/// <summary>What /ground says outside the exercises themselves.</summary>
public static class GroundingTexts
{
    public const string Menu = "Pick an exercise to try. Go at your own pace; you can stop whenever you like.";
    public const string BeforeQuestion = "Before you begin: how intense do things feel right now, from 0 (calm) to 10 (as strong as it gets)? You can skip this.";
    public const string AfterQuestion = "How intense do things feel now, from 0 to 10? You can skip this too.";
    public const string SkipRating = "Skip rating";
    public const string Next = "Next";
    public const string Pause = "Pause";
    public const string Resume = "Resume";
    public const string Stop = "Stop";
    public const string Stopped = "Stopped. That is completely fine; you can come back to /ground any time. If things feel like too much, /help lists people you can reach right now.";
    public const string Unknown = "This exercise has ended or is no longer here. /ground starts a new one whenever you like.";
    public const string NotYours = "This exercise belongs to someone else. /ground starts your own, privately.";
    public const string AlreadyEnded = "This exercise has already ended. /ground starts a new one whenever you like.";
    public const string AlreadyRated = "Your rating for this exercise is already saved.";
    public const string StartAgain = "Start again";
    public const string NoHistory = "No sessions with both ratings yet. Rate how you feel before and after an exercise, and /ground history will show how each one tends to help you.";

    public static string TimeRanOut(string title) =>
        $"**{title}** stopped here, because Discord only lets the bot update this message for a limited time. Press Start again to begin it fresh.";

    public static string UnknownExercise(string typed, IEnumerable<string> ids) =>
        $"There is no exercise called '{DiscordMarkdown.Escape(EmbedText.Fit(typed, 100))}'. These are available: {string.Join(", ", ids)}. You can also pick one below.";

    public const string NothingToPause = "This exercise moves on with Next, so there is nothing to pause or resume.";

    public static string Saved(int? before, int after) => before is { } earlier
        ? $"Saved: {earlier} before, {after} after. Thank you for taking this time for yourself."
        : $"Saved: {after} after. Thank you for taking this time for yourself.";
}
