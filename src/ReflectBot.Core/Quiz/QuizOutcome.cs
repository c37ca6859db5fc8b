namespace ReflectBot.Core.Quiz;

/// <summary>
/// The pattern the scores lean toward, and, when a score lies within the near-the-line band, the
/// neighbouring pattern(s) the result sits between.
/// </summary>
public sealed record QuizOutcome(QuizScores Scores, AttachmentPattern Pattern, IReadOnlyList<AttachmentPattern> NearPatterns)
{
    public bool AnxietyNearLine { get; init; }

    public bool AvoidanceNearLine { get; init; }

    /// <summary>Whether the result should say it sits between patterns.</summary>
    public bool IsNearLine => NearPatterns.Count > 0;
}
