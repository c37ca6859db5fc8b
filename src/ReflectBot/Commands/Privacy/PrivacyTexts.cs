namespace ReflectBot.Commands.Privacy;

/// <summary>What /privacy and /mydata say, in one place.</summary>
public static class PrivacyTexts
{
    /// <summary>The heading of the /privacy field that shows this bot's own settings; README's Privacy section uses it too.</summary>
    public const string SettingsHeading = "How this bot is set up";

    public const string KeptUntilDeleted = "Moods and reflections are kept until you delete them.";

    public const string Encrypted = "Your reflections, quiz answers and safety plan are encrypted in the database.";

    public const string NotEncrypted = "No encryption key is set, so your reflections, quiz answers and safety plan are stored in clear text.";

    public const string NothingStored = "There is nothing stored about you, so there is no file to send. If you use ReflectBot later, /mydata export will have something for you.";

    public const string ExportFormatPointer = "The layout of the file is described in docs/data-export.md in the ReflectBot repository.";

    public const string ExportDecryptedWarning = "Keep it somewhere private: anything encrypted here is readable in the file.";

    public const string DeleteQuestion = "This erases everything ReflectBot keeps about you: quiz answers and results, check-in settings, moods, reflections, grounding ratings and your safety plan. Your check-ins stop too. It cannot be undone. Are you sure?";

    public const string DeleteButton = "Delete everything";

    public const string CancelButton = "Cancel";

    public const string Cancelled = "Nothing was deleted. Your data is just as it was.";

    public const string NothingToDelete = "There was nothing stored about you, so nothing needed deleting.";

    public const string NotYours = "This confirmation belongs to someone else, so nothing was deleted. To erase your own data, run /mydata delete yourself.";

    public const string Expired = "This confirmation is more than 10 minutes old, so nothing was deleted. If you still want to erase your data, run /mydata delete again.";

    public const string Stale = "This button no longer works. Run /mydata delete again if you want to erase your data.";

    public const string PickSubcommand = "Please pick export or delete from the /mydata list.";

    public static string Retention(int days) => days switch
    {
        <= 0 => KeptUntilDeleted,
        1 => "Moods and reflections are removed after 1 day.",
        _ => $"Moods and reflections are removed after {days} days.",
    };

    public static string ExportSummary(string contents)
        => $"Here is everything ReflectBot keeps about you: {contents}. {ExportDecryptedWarning} {ExportFormatPointer}";

    public static string ExportTooLarge(long bytes, long limit)
        => $"Your data file would be {Megabytes(bytes)}, more than the {Megabytes(limit)} Discord lets the bot attach here, so it could not be sent. Please ask the person who runs this bot for a copy; nothing was changed.";

    public static string Deleted(string counts, SharedPostRemoval posts)
        => $"Done. Deleted {counts}. Your check-ins have stopped. This cannot be undone, and nothing about you is kept any more."
            + (posts.Removed > 0 ? $" {posts.Removed} quiz result(s) you had shared in channels were taken down too." : "")
            + (posts.Left > 0 ? $" {posts.Left} shared post(s) could not be taken down (the bot may have lost access); a moderator can delete them." : "");

    private static string Megabytes(long bytes)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
