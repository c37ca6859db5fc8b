namespace ReflectBot.Commands.Safety;

/// <summary>What crisis support and /safetyplan say, in one place so the tone stays the same.</summary>
public static class SafetyTexts
{
    public const string CrisisLead =
        "Thank you for putting this into words. Some of it sounded like things might be very hard for you right now, "
        + "so here are a few things that could help. Only you can see this message.";

    public const string NotATherapist =
        "ReflectBot is a tool for reflection, not a therapist. It cannot respond to an emergency and it does not alert anyone. "
        + "If you might be in danger, please reach out to emergency services or one of the lines above now.";

    public const string StartGrounding = "Start a grounding exercise";

    public const string PlanTitle = "Your safety plan";
    public const string PlanIntro = "You wrote this for moments like this one.";
    public const string ResourcesTitle = "Where to find support";
    public const string HelpPointer = "/help lists what ReflectBot offers and where to turn when things feel hard.";

    public const string WarningSigns = "Warning signs";
    public const string Calming = "What calms me";
    public const string Contacts = "People and places I can reach";
    public const string Reasons = "Reasons that matter to me";

    public const string WarningSignsHint = "Thoughts, feelings or situations that tell you a hard moment is coming";
    public const string CalmingHint = "Things you can do on your own to settle a little, even briefly";
    public const string ContactsHint = "Friends, family, places or services you could turn to";
    public const string ReasonsHint = "People, plans or things you care about";

    public const string NoPlan =
        "You have no safety plan yet. /safetyplan edit opens a short private form: a few notes to yourself for hard moments, "
        + "with as much or as little in it as you like.";

    public const string AllBlank =
        "Every part of the form was empty, so nothing was saved. Whenever you feel ready, /safetyplan edit opens it again; even one line is enough.";

    public const string Saved =
        "Your safety plan is saved, and only you can see it. /safetyplan show brings it back any time, /safetyplan edit changes it "
        + "and /safetyplan delete removes it.";

    public const string Deleted = "Your safety plan is deleted. /safetyplan edit starts a new one whenever you like.";

    public const string NothingToDelete = "There was no safety plan to delete.";

    public const string Unreadable =
        "Your safety plan could not be read right now, so nothing was changed. Please try again later. " + HelpPointer;

    public const string FormNotOpened = "The form could not be opened. Please run /safetyplan edit again.";

    public static string TooLong(int limit) =>
        $"Each part can be at most {limit} characters, so nothing was saved. Please shorten it and try again.";
}
