using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Draws a quiz result as a PNG: the anxiety × avoidance plane with its four quadrants, the
/// cut-off lines, earlier results as fainter points and this result on top. The same chart gives
/// the same bytes, because the font is embedded and nothing reads a clock or a random source.
/// </summary>
public sealed class QuizChartRenderer
{
    /// <summary>Only the most recent earlier results are drawn; more would bury the current point.</summary>
    public const int MaxEarlierPoints = 12;

    internal const float CurrentRadius = 12;
    internal const float EarlierRadius = 8;

    private const float QuadrantLabelSize = 30;
    private const float MinQuadrantLabelSize = 12;
    private const float QuadrantPadding = 14;
    private const float TickLabelSize = 22;
    private const float AxisTitleSize = 26;
    private const float PointLabelSize = 24;

    // Held by the renderer so one instance draws every chart with the same embedded font.
    private readonly SKTypeface _typeface = ChartTypeface.Regular;

    public byte[] Render(QuizChart chart)
    {
        Validate(chart);

        return PngCanvas.Render(QuizChartLayout.Size, QuizChartLayout.Size, QuizChartPalette.Background, canvas =>
        {
            DrawQuadrants(canvas, chart.Cutoff, chart.Labels);
            DrawFrameAndTicks(canvas);
            DrawCutoffLines(canvas, chart.Cutoff);
            DrawAxisTitles(canvas, chart.Labels);
            DrawEarlierPoints(canvas, chart.Earlier);
            DrawCurrentPoint(canvas, chart.Current, chart.Labels.CurrentPoint);
        });
    }

    // A score off the scale or a cut-off on the edge means scoring went wrong upstream; drawing it
    // somewhere plausible would hide that, so the renderer refuses and says which value.
    private static void Validate(QuizChart chart)
    {
        CheckScore(chart.Current, "the current result");
        foreach (var earlier in chart.Earlier)
        {
            CheckScore(earlier.Point, $"the result of {earlier.TakenAt:O}");
        }

        if (!double.IsFinite(chart.Cutoff) || chart.Cutoff <= QuizChartLayout.MinScore || chart.Cutoff >= QuizChartLayout.MaxScore)
        {
            throw new ArgumentOutOfRangeException(
                nameof(chart),
                chart.Cutoff,
                $"The cut-off must lie strictly between {QuizChartLayout.MinScore} and {QuizChartLayout.MaxScore}.");
        }
    }

    private static void CheckScore(ChartPoint point, string which)
    {
        if (!InRange(point.Anxiety) || !InRange(point.Avoidance))
        {
            throw new ArgumentOutOfRangeException(
                nameof(point),
                point,
                $"Both scores of {which} must lie between {QuizChartLayout.MinScore} and {QuizChartLayout.MaxScore}.");
        }
    }

    private static bool InRange(double score) =>
        double.IsFinite(score) && score >= QuizChartLayout.MinScore && score <= QuizChartLayout.MaxScore;

    private void DrawQuadrants(SKCanvas canvas, double cutoff, QuizChartLabels labels)
    {
        var plot = QuizChartLayout.Plot;
        var cutX = QuizChartLayout.X(cutoff);
        var cutY = QuizChartLayout.Y(cutoff);

        // Labels sit in each quadrant's outer corner, away from the cut-off lines where points gather.
        DrawQuadrant(canvas, new SKRect(plot.Left, cutY, cutX, plot.Bottom), QuizChartPalette.Secure, labels.Secure, alignRight: false, alignBottom: true);
        DrawQuadrant(canvas, new SKRect(plot.Left, plot.Top, cutX, cutY), QuizChartPalette.Anxious, labels.Anxious, alignRight: false, alignBottom: false);
        DrawQuadrant(canvas, new SKRect(cutX, cutY, plot.Right, plot.Bottom), QuizChartPalette.Avoidant, labels.Avoidant, alignRight: true, alignBottom: true);
        DrawQuadrant(canvas, new SKRect(cutX, plot.Top, plot.Right, cutY), QuizChartPalette.FearfulAvoidant, labels.FearfulAvoidant, alignRight: true, alignBottom: false);
    }

    private void DrawQuadrant(SKCanvas canvas, SKRect area, SKColor tint, string label, bool alignRight, bool alignBottom)
    {
        using var fill = new SKPaint { Color = tint, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawRect(area, fill);

        if (label.Length == 0)
        {
            return;
        }

        // Shrink a long label to fit its quadrant, and clip what still does not fit, so a label never
        // spills into its neighbour when the cut-off sits far from the middle.
        using var font = new SKFont(_typeface, QuadrantLabelSize);
        var room = area.Width - (2 * QuadrantPadding);
        var width = font.MeasureText(label);
        if (width > room && room > 0)
        {
            font.Size = Math.Max(MinQuadrantLabelSize, QuadrantLabelSize * room / width);
        }

        using var text = new SKPaint { Color = QuizChartPalette.QuadrantText, IsAntialias = true };
        var x = alignRight ? area.Right - QuadrantPadding : area.Left + QuadrantPadding;
        var y = alignBottom ? area.Bottom - QuadrantPadding : area.Top + QuadrantPadding + font.Size;

        canvas.Save();
        canvas.ClipRect(area);
        canvas.DrawText(label, x, y, alignRight ? SKTextAlign.Right : SKTextAlign.Left, font, text);
        canvas.Restore();
    }

    private void DrawFrameAndTicks(SKCanvas canvas)
    {
        var plot = QuizChartLayout.Plot;
        using var frame = new SKPaint { Color = QuizChartPalette.Frame, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        canvas.DrawRect(plot, frame);

        using var font = new SKFont(_typeface, TickLabelSize);
        using var text = new SKPaint { Color = QuizChartPalette.Text, IsAntialias = true };
        for (var score = (int)QuizChartLayout.MinScore; score <= (int)QuizChartLayout.MaxScore; score++)
        {
            var label = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var x = QuizChartLayout.X(score);
            var y = QuizChartLayout.Y(score);

            canvas.DrawLine(x, plot.Bottom, x, plot.Bottom + 8, frame);
            canvas.DrawText(label, x, plot.Bottom + 32, SKTextAlign.Center, font, text);

            canvas.DrawLine(plot.Left - 8, y, plot.Left, y, frame);
            canvas.DrawText(label, plot.Left - 16, y + (TickLabelSize / 3), SKTextAlign.Right, font, text);
        }
    }

    private static void DrawCutoffLines(SKCanvas canvas, double cutoff)
    {
        var plot = QuizChartLayout.Plot;
        var x = QuizChartLayout.X(cutoff);
        var y = QuizChartLayout.Y(cutoff);

        using var dash = SKPathEffect.CreateDash([10, 8], 0);
        using var line = new SKPaint
        {
            Color = QuizChartPalette.CutoffLine,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 2,
            IsAntialias = true,
            PathEffect = dash,
        };
        canvas.DrawLine(x, plot.Top, x, plot.Bottom, line);
        canvas.DrawLine(plot.Left, y, plot.Right, y, line);
    }

    private void DrawAxisTitles(SKCanvas canvas, QuizChartLabels labels)
    {
        var plot = QuizChartLayout.Plot;
        using var font = new SKFont(_typeface, AxisTitleSize);
        using var text = new SKPaint { Color = QuizChartPalette.Text, IsAntialias = true };

        canvas.DrawText(labels.AvoidanceAxis, plot.MidX, plot.Bottom + 80, SKTextAlign.Center, font, text);

        // The anxiety title reads bottom to top along the left edge, as on a printed chart.
        var x = plot.Left - 62;
        canvas.Save();
        canvas.RotateDegrees(-90, x, plot.MidY);
        canvas.DrawText(labels.AnxietyAxis, x, plot.MidY, SKTextAlign.Center, font, text);
        canvas.Restore();
    }

    private static void DrawEarlierPoints(SKCanvas canvas, IReadOnlyList<EarlierChartPoint> earlier)
    {
        // Oldest first, so newer points are drawn over older ones; ties keep the caller's order.
        var shown = earlier
            .OrderBy(e => e.TakenAt)
            .TakeLast(MaxEarlierPoints)
            .ToList();

        for (var i = 0; i < shown.Count; i++)
        {
            using var fill = new SKPaint
            {
                Color = QuizChartPalette.Point.WithAlpha(EarlierAlpha(i, shown.Count)),
                Style = SKPaintStyle.Fill,
                IsAntialias = true,
            };
            canvas.DrawCircle(QuizChartLayout.Map(shown[i].Point), EarlierRadius, fill);
        }
    }

    /// <summary>How opaque the earlier point at <paramref name="index"/> (0 = oldest of <paramref name="count"/>) is drawn.</summary>
    internal static byte EarlierAlpha(int index, int count)
    {
        if (count <= 1)
        {
            return QuizChartPalette.NewestEarlierAlpha;
        }

        var span = QuizChartPalette.NewestEarlierAlpha - QuizChartPalette.OldestEarlierAlpha;
        return (byte)(QuizChartPalette.OldestEarlierAlpha + (span * index / (count - 1)));
    }

    private void DrawCurrentPoint(SKCanvas canvas, ChartPoint current, string label)
    {
        var centre = QuizChartLayout.Map(current);

        // A white ring keeps the point distinct on every tint and on top of earlier points.
        using var ring = new SKPaint { Color = QuizChartPalette.PointRing, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var fill = new SKPaint { Color = QuizChartPalette.Point, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawCircle(centre, CurrentRadius + 3, ring);
        canvas.DrawCircle(centre, CurrentRadius, fill);

        if (label.Length == 0)
        {
            return;
        }

        // The label goes on the side with more room, so it stays inside the plot at either edge.
        using var font = new SKFont(_typeface, PointLabelSize) { Embolden = true };
        var onLeft = centre.X > QuizChartLayout.Plot.MidX;
        var offset = CurrentRadius + 10;
        var x = onLeft ? centre.X - offset : centre.X + offset;
        var y = centre.Y + (PointLabelSize / 3);
        var align = onLeft ? SKTextAlign.Right : SKTextAlign.Left;

        using var halo = new SKPaint { Color = QuizChartPalette.PointRing, Style = SKPaintStyle.Stroke, StrokeWidth = 5, StrokeJoin = SKStrokeJoin.Round, IsAntialias = true };
        using var text = new SKPaint { Color = QuizChartPalette.Point, Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawText(label, x, y, align, font, halo);
        canvas.DrawText(label, x, y, align, font, text);
    }
}
