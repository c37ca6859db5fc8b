namespace ReflectBot.Commands.Checkins;

/// <summary>The check-ins' fixed sentences; the daily prompts live in prompts/reflections.</summary>
public static class CheckinTexts
{
    public const string BadTime =
        "I couldn't read that time. Please give it as HH:MM on a 24-hour clock, for example 08:30 or 21:00.";

    public const string BadZone =
        "I don't know that time zone. Start typing a city or country and pick one of the suggestions, for example Europe/Berlin or America/New_York.";

    public const string BadPauseDays = "A pause can last from 1 to 30 days. Please pick a number in that range.";

    public const string NotSubscribed =
        "You don't have daily check-ins yet. /checkin start time:09:00 timezone:<your zone> turns them on; they arrive by DM.";

    public const string Stopped =
        "Daily check-ins are off. Your journal stays yours: /journal still shows it. /checkin start turns check-ins back on.";

    public const string AlreadyStopped = "Your check-ins are already off. /checkin start turns them on again.";

    public const string NotPaused = "Your check-ins aren't paused, so there is nothing to resume. /checkin status shows where things stand.";

    public const string DmsClosed =
        "I couldn't send you a DM, so check-ins are not on yet. To let me reach you, open this server's menu, choose Privacy Settings and allow direct messages (or DM me first), then run /checkin start again.";

    public const string DmFailed =
        "Something went wrong while sending your first check-in, so check-ins are not on yet. Nothing was lost; please try /checkin start again in a moment.";

    public static string UnreachableNotice(int failures) =>
        $"A note about your daily check-ins: I couldn't deliver them by DM {failures} times in a row (your DMs seem to be closed to me), so I've stopped sending them. Allow DMs from me and run /checkin resume to start again.";

    public const string ButtonNotYours = "This check-in belongs to someone else, so nothing was saved. /checkin start sets up your own.";

    public const string CheckinGone = "That check-in is no longer stored, so nothing was saved. /checkin status shows your current check-ins.";

    public static string TooOld(int days) =>
        $"That check-in is from more than {days} days ago, so it is closed and nothing was saved. Today's check-in is the place for how you feel now; /journal shows your entries.";

    public const string EmptyReflection = "Your reflection was empty, so there was nothing to save. Write a line or two whenever you like.";

    public static string ReflectionTooLong(int limit) =>
        $"Your reflection is longer than {limit} characters, so it wasn't saved. Please shorten it and send it again.";

    public static string Skipped(string day) => $"Skipped for {day}. That counts as checking in: your streak keeps going. See you next time.";

    public const string SummaryOff = "Weekly summaries are off. /checkin summary enabled:True turns them back on.";

    public const string SummaryOn = "Weekly summaries are on: a short look back at your week arrives by DM each Sunday.";

    public const string NotADiagnosis = "A space for reflection, not therapy. /help lists support, including where to turn if things feel hard right now.";

    public static readonly IReadOnlyList<string> MoodWords = ["rough", "low", "okay", "good", "great"];

    public static string MoodWord(int mood) => MoodWords[mood - 1];
}
