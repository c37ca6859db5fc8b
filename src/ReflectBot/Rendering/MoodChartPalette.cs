using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Colours for the mood picture: one teal whose lightness steps from pale (rough) to deep (great),
/// so the levels stay apart for every kind of colour vision and even in greyscale, with the bar's
/// height saying the same thing again.
/// </summary>
public static class MoodChartPalette
{
    public static SKColor Background { get; } = QuizChartPalette.Background;
    public static SKColor Grid { get; } = new(0xE4, 0xE7, 0xEA);
    public static SKColor Baseline { get; } = new(0xB4, 0xBC, 0xC4);
    public static SKColor Placeholder { get; } = new(0xB4, 0xBC, 0xC4);
    public static SKColor Text { get; } = QuizChartPalette.Text;

    /// <summary>Drawn round every bar, so the palest one still stands out from the background.</summary>
    public static SKColor BarOutline { get; } = new(0x17, 0x52, 0x4B);

    private static readonly SKColor[] Levels =
    [
        new(0xCD, 0xE7, 0xE2),
        new(0x9B, 0xCF, 0xC6),
        new(0x63, 0xAD, 0xA2),
        new(0x34, 0x89, 0x7E),
        new(0x17, 0x52, 0x4B),
    ];

    /// <summary>The fill of a bar at <paramref name="mood"/>, 1 to 5.</summary>
    public static SKColor Level(int mood) => Levels[mood - MoodChartLayout.MinMood];
}
