using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Where things sit on the mood picture: one place for the geometry, so drawing and tests agree on
/// which pixel a day and a mood land on.
/// </summary>
public static class MoodChartLayout
{
    public const int Width = 640;
    public const int Height = 320;

    public const int MinMood = 1;
    public const int MaxMood = 5;

    /// <summary>A chart shows at least one day and at most a week.</summary>
    public const int MaxDays = 7;

    // Room at the top for the title, on the left for the mood words and at the bottom for the day labels.
    private const float Left = 84;
    private const float Top = 56;
    private const float Right = Width - 24;
    private const float Bottom = Height - 44;

    private const float MaxBarWidth = 52;
    private const float BarShareOfSlot = 0.6f;

    /// <summary>The plotting area: days run left to right, mood bottom to top; its bottom edge is the baseline.</summary>
    public static SKRect Plot { get; } = new(Left, Top, Right, Bottom);

    /// <summary>The width each of <paramref name="dayCount"/> days gets, bar and gap together.</summary>
    public static float SlotWidth(int dayCount) => (Right - Left) / dayCount;

    /// <summary>The pixel across on which the bar of day <paramref name="index"/> is centred.</summary>
    public static float DayCentre(int index, int dayCount) => Left + (SlotWidth(dayCount) * (index + 0.5f));

    public static float BarWidth(int dayCount) => Math.Min(MaxBarWidth, SlotWidth(dayCount) * BarShareOfSlot);

    /// <summary>
    /// The pixel down at which a mood level sits. The baseline is level 0, so even the lowest mood
    /// gets a bar of its own height and is never mistaken for a day with no answer.
    /// </summary>
    public static float Y(double mood) => (float)(Bottom - (mood / MaxMood * (Bottom - Top)));

    /// <summary>The bar of a day with an answer, from the baseline up to its mood.</summary>
    public static SKRect Bar(int index, int dayCount, int mood)
    {
        var centre = DayCentre(index, dayCount);
        var half = BarWidth(dayCount) / 2;
        return new SKRect(centre - half, Y(mood), centre + half, Bottom);
    }

    /// <summary>The outline standing in for a day with no answer: as tall as the highest mood, so it reads as empty, not low.</summary>
    public static SKRect Placeholder(int index, int dayCount) => Bar(index, dayCount, MaxMood);
}
