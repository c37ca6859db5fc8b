using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// Draws a week of moods as a PNG: a bar per day up to its mood, the five levels named on the
/// left, the days named underneath, a dashed outline for a day with no answer and the title on
/// top. The same chart gives the same bytes, because the font is embedded and nothing reads a
/// clock or a random source.
/// </summary>
public sealed class MoodChartRenderer
{
    private const float TitleSize = 22;
    private const float MoodWordSize = 15;
    private const float DayLabelSize = 14;
    private const float MinLabelSize = 9;
    private const float EdgePadding = 12;
    private const float LabelGap = 10;

    // Held by the renderer so one instance draws every chart with the same embedded font.
    private readonly SKTypeface _typeface = ChartTypeface.Regular;

    public byte[] Render(MoodChart chart)
    {
        Validate(chart);

        return PngCanvas.Render(MoodChartLayout.Width, MoodChartLayout.Height, MoodChartPalette.Background, canvas =>
        {
            DrawTitle(canvas, chart.Title);
            DrawLevels(canvas, chart.MoodWords);
            DrawDays(canvas, chart.Days);
        });
    }

    // A mood off the scale or a week of the wrong length means something went wrong upstream;
    // drawing it somewhere plausible would hide that, so the renderer refuses and says what.
    private static void Validate(MoodChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(chart.Days);
        ArgumentNullException.ThrowIfNull(chart.Title);
        ArgumentNullException.ThrowIfNull(chart.MoodWords);

        if (chart.Days.Count is 0 or > MoodChartLayout.MaxDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(chart),
                chart.Days.Count,
                $"A mood chart shows from 1 to {MoodChartLayout.MaxDays} days.");
        }

        foreach (var day in chart.Days)
        {
            if (day?.Label is null)
            {
                throw new ArgumentException("Every day needs a label.", nameof(chart));
            }

            if (day.Mood is < MoodChartLayout.MinMood or > MoodChartLayout.MaxMood)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(chart),
                    day.Mood,
                    $"The mood of {day.Label} must lie between {MoodChartLayout.MinMood} and {MoodChartLayout.MaxMood}, or be missing.");
            }
        }

        const int wordCount = MoodChartLayout.MaxMood - MoodChartLayout.MinMood + 1;
        if (chart.MoodWords.Count != wordCount || chart.MoodWords.Any(word => word is null))
        {
            throw new ArgumentException($"A mood chart needs exactly {wordCount} mood words, lowest first.", nameof(chart));
        }
    }

    private void DrawTitle(SKCanvas canvas, string title)
    {
        if (title.Length == 0)
        {
            return;
        }

        using var font = FittedFont(title, TitleSize, MoodChartLayout.Width - (2 * EdgePadding), embolden: true);
        using var text = new SKPaint { Color = MoodChartPalette.Text, IsAntialias = true };
        canvas.DrawText(title, MoodChartLayout.Width / 2f, EdgePadding + TitleSize, SKTextAlign.Center, font, text);
    }

    private void DrawLevels(SKCanvas canvas, IReadOnlyList<string> moodWords)
    {
        var plot = MoodChartLayout.Plot;
        using var grid = new SKPaint { Color = MoodChartPalette.Grid, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = false };
        using var baseline = new SKPaint { Color = MoodChartPalette.Baseline, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = false };
        using var text = new SKPaint { Color = MoodChartPalette.Text, IsAntialias = true };
        var room = plot.Left - LabelGap - EdgePadding;

        for (var mood = MoodChartLayout.MinMood; mood <= MoodChartLayout.MaxMood; mood++)
        {
            var y = MoodChartLayout.Y(mood);
            canvas.DrawLine(plot.Left, y, plot.Right, y, grid);

            var word = moodWords[mood - MoodChartLayout.MinMood];
            if (word.Length > 0)
            {
                using var font = FittedFont(word, MoodWordSize, room, embolden: false);
                var area = new SKRect(EdgePadding, y - MoodWordSize, plot.Left - LabelGap, y + MoodWordSize);
                DrawClipped(canvas, area, () => canvas.DrawText(word, area.Right, y + (font.Size / 3), SKTextAlign.Right, font, text));
            }
        }

        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, baseline);
    }

    private void DrawDays(SKCanvas canvas, IReadOnlyList<MoodDay> days)
    {
        using var outline = new SKPaint { Color = MoodChartPalette.BarOutline, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, IsAntialias = true };
        using var dash = SKPathEffect.CreateDash([6, 5], 0);
        using var placeholder = new SKPaint
        {
            Color = MoodChartPalette.Placeholder,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 1.5f,
            IsAntialias = true,
            PathEffect = dash,
        };
        using var text = new SKPaint { Color = MoodChartPalette.Text, IsAntialias = true };
        var labelRoom = MoodChartLayout.SlotWidth(days.Count) - 4;

        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            if (day.Mood is { } mood)
            {
                var bar = MoodChartLayout.Bar(i, days.Count, mood);
                using var fill = new SKPaint { Color = MoodChartPalette.Level(mood), Style = SKPaintStyle.Fill, IsAntialias = false };
                canvas.DrawRect(bar, fill);
                canvas.DrawRect(bar, outline);
            }
            else
            {
                // An empty outline the height of the scale: clearly a gap, never a very low bar.
                canvas.DrawRect(MoodChartLayout.Placeholder(i, days.Count), placeholder);
            }

            if (day.Label.Length > 0)
            {
                using var font = FittedFont(day.Label, DayLabelSize, labelRoom, embolden: false);
                var x = MoodChartLayout.DayCentre(i, days.Count);
                var area = new SKRect(x - (labelRoom / 2), MoodChartLayout.Plot.Bottom + 2, x + (labelRoom / 2), MoodChartLayout.Height);
                DrawClipped(canvas, area, () => canvas.DrawText(day.Label, x, MoodChartLayout.Plot.Bottom + LabelGap + DayLabelSize, SKTextAlign.Center, font, text));
            }
        }
    }

    // Shrinks a label that is too long for its room, down to a size still readable; the caller clips
    // what still does not fit, so a long label never runs into its neighbour.
    private SKFont FittedFont(string label, float size, float room, bool embolden)
    {
        var font = new SKFont(_typeface, size) { Embolden = embolden };
        var width = font.MeasureText(label);
        if (width > room && room > 0)
        {
            font.Size = Math.Max(MinLabelSize, size * room / width);
        }

        return font;
    }

    private static void DrawClipped(SKCanvas canvas, SKRect area, Action draw)
    {
        canvas.Save();
        canvas.ClipRect(area);
        draw();
        canvas.Restore();
    }
}
