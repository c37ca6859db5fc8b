namespace ReflectBot.Core.Quiz;

/// <summary>Where the line between low and high sits, and how close to it a result counts as "near the line".</summary>
public sealed class QuizOptions
{
    public const string SectionName = "Quiz";

    /// <summary>
    /// A score strictly above this counts as high; on it or below, as low. The default is the scale's
    /// midpoint, the neutral answer, so a person must lean toward agreeing to be read as high.
    /// </summary>
    public double CutOff { get; set; } = AgreementScale.Midpoint;

    /// <summary>A score within this distance of the cut-off (inclusive) is said to sit between two patterns.</summary>
    public double NearLineBand { get; set; } = 0.25;
}
