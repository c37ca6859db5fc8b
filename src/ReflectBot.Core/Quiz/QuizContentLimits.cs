namespace ReflectBot.Core.Quiz;

/// <summary>
/// The shape the instrument must have. Research scales of this kind use a dozen or more items per
/// dimension with several reverse-keyed ones; the short mode keeps that balance at half the length.
/// </summary>
public static class QuizContentLimits
{
    public const int ItemText = 200;
    public const int MinItemsPerDimension = 12;
    public const int MinReversePerDimension = 4;
    public const int ShortItemsPerDimension = 6;
    public const int ShortMinReversePerDimension = 2;
    public const int MaxOrder = 999;

    /// <summary>Pattern explainers are shown in one Discord embed; these are its limits.</summary>
    public const int PatternTitle = 256;
    public const int PatternSummary = 4096;
    public const int PatternField = 1024;
    public const int PatternTotal = 6000;
}
