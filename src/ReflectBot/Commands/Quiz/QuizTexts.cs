namespace ReflectBot.Commands.Quiz;

/// <summary>The quiz's fixed sentences; the instrument and the explainers live in prompts/quiz.</summary>
public static class QuizTexts
{
    public const string NotADiagnosis =
        "A reflection tool, not a diagnosis. /help lists support, including where to turn if things feel hard right now.";

    public const string NotYours =
        "This quiz belongs to someone else, so your click was not counted. Run /quiz start to take your own; only you will see your answers.";

    public const string Ended =
        "This quiz has already ended or was stopped, so that button does nothing now. /quiz start begins a new one and /quiz history shows your results.";

    public const string StaleStep =
        "That button was from an earlier step, so it was not counted. Here is where you are now.";

    public const string Stopped =
        "Quiz stopped and your answers so far were removed. You can start again any time with /quiz start.";

    public const string Resumed = "Welcome back: you are picking up where you left off.";

    public const string ResultGone =
        "That result is no longer stored (it may have been deleted), so there is nothing to share or explain. /quiz start takes the quiz again.";

    public const string AlreadyShared = "You have already shared this result here.";

    public const string CannotPostHere =
        "I can't post in this channel (I need permission to send messages, embed links and attach files here), so nothing was shared. Your result is still private to you.";

    public const string Shared = "Shared. Only the pattern and the picture were posted; your answers stay private.";

    public const string NoHistory = "You have no quiz results yet. /quiz start takes the short quiz (12 statements, a few minutes).";

    public const string ContentChanged =
        "The quiz was updated since you started, so your answers so far no longer fit it. Please start again with /quiz start; sorry for the bother.";

    public const string NotYourResult = "This belongs to someone else's result, so it does nothing for you. /quiz start takes the quiz for yourself.";
}
