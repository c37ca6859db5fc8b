namespace ReflectBot.Core.Grounding;

/// <summary>
/// The sizes prompts/grounding/ must keep. A paced exercise ends well inside the 15 minutes an
/// interaction token lives, so its message can be edited to the end.
/// </summary>
public static class GroundingLimits
{
    public const int TitleMaxLength = 100;
    public const int SummaryMaxLength = 200;
    public const int StepTextMaxLength = 300;
    public const int ClosingMaxLength = 600;
    public const int MaxSteps = 20;
    public const int MinStepSeconds = 1;
    public const int MaxStepSeconds = 30;
    public const int MaxSuggestedPauseSeconds = 120;
    public const int MinRepeat = 1;
    public const int MaxRepeat = 20;

    /// <summary>At most this many exercises, since a menu shows 25 buttons and a command option 25 choices.</summary>
    public const int MaxExercises = 25;

    public static readonly TimeSpan MaxPacedDuration = TimeSpan.FromMinutes(10);
}
