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

    /// <summary>Reads a pattern back from its id, as stored with a result or carried in a button.</summary>
    public static bool TryParse(string? id, out AttachmentPattern pattern)
    {
        foreach (var candidate in Enum.GetValues<AttachmentPattern>())
        {
            if (candidate.ContentId() == id)
            {
                pattern = candidate;
                return true;
            }
        }

        pattern = default;
        return false;
    }
}
