using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Where things sit on the picture: one place for the geometry, so drawing and tests agree on
/// which pixel a score lands on.
/// </summary>
public static class QuizChartLayout
{
    /// <summary>The picture is square and always this many pixels a side.</summary>
    public const int Size = 800;

    public const double MinScore = 1;
    public const double MaxScore = 7;

    // Room on the left and bottom for tick numbers and axis titles; a little on the other sides so
    // nothing touches the edge when Discord shows the picture small.
    private const float Left = 110;
    private const float Top = 40;
    private const float Right = Size - 40;
    private const float Bottom = Size - 110;

    /// <summary>The plotting area: avoidance runs left to right, anxiety bottom to top.</summary>
    public static SKRect Plot { get; } = new(Left, Top, Right, Bottom);

    /// <summary>The pixel an avoidance score lands on, across.</summary>
    public static float X(double avoidance) =>
        (float)(Left + ((avoidance - MinScore) / (MaxScore - MinScore) * (Right - Left)));

    /// <summary>The pixel an anxiety score lands on, down; higher anxiety sits higher up.</summary>
    public static float Y(double anxiety) =>
        (float)(Bottom - ((anxiety - MinScore) / (MaxScore - MinScore) * (Bottom - Top)));

    public static SKPoint Map(ChartPoint point) => new(X(point.Avoidance), Y(point.Anxiety));
}
