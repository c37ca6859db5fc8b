namespace ReflectBot.Core.Quiz;

/// <summary>Maps each pattern to the id (file name) of its explainer under prompts/quiz/patterns/.</summary>
public static class AttachmentPatternIds
{
    public static IReadOnlyList<string> All { get; } = ["secure", "anxious", "avoidant", "fearful-avoidant"];

    public static string ContentId(this AttachmentPattern pattern) => pattern switch
    {
        AttachmentPattern.Secure => "secure",
        AttachmentPattern.Anxious => "anxious",
        AttachmentPattern.Avoidant => "avoidant",
        AttachmentPattern.FearfulAvoidant => "fearful-avoidant",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Not an attachment pattern."),
    };
}
