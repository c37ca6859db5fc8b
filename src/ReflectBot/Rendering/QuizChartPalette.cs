using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Calm colours: soft tints that tell the quadrants apart without ranking them, and one strong
/// colour kept for the person's own point so it is the first thing the eye finds.
/// </summary>
public static class QuizChartPalette
{
    public static SKColor Background { get; } = new(0xFA, 0xFA, 0xF7);
    public static SKColor Secure { get; } = new(0xDF, 0xF0, 0xE6);
    public static SKColor Anxious { get; } = new(0xF7, 0xE9, 0xD4);
    public static SKColor Avoidant { get; } = new(0xDD, 0xE9, 0xF5);
    public static SKColor FearfulAvoidant { get; } = new(0xEC, 0xE2, 0xF1);
    public static SKColor Frame { get; } = new(0xB4, 0xBC, 0xC4);
    public static SKColor CutoffLine { get; } = new(0x5C, 0x66, 0x70);
    public static SKColor Text { get; } = new(0x2F, 0x3A, 0x40);
    public static SKColor QuadrantText { get; } = new(0x4A, 0x55, 0x60);
    public static SKColor Point { get; } = new(0x1F, 0x6F, 0x66);
    public static SKColor PointRing { get; } = SKColors.White;

    /// <summary>Earlier results run from this opacity (the oldest) up to <see cref="NewestEarlierAlpha"/>.</summary>
    public const byte OldestEarlierAlpha = 45;

    public const byte NewestEarlierAlpha = 140;
}
