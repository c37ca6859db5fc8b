using ReflectBot.Rendering;
using SkiaSharp;

namespace ReflectBot.Tests.Rendering;

/// <summary>A rendered mood chart decoded back into pixels, read by day and mood level so tests speak the chart's language.</summary>
internal sealed class RenderedMoodChart : IDisposable
{
    private readonly SKBitmap _bitmap;
    private readonly int _dayCount;

    private RenderedMoodChart(byte[] png, SKBitmap bitmap, int dayCount)
    {
        Png = png;
        _bitmap = bitmap;
        _dayCount = dayCount;
    }

    public byte[] Png { get; }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static RenderedMoodChart Of(MoodChart chart)
    {
        var png = new MoodChartRenderer().Render(chart);
        var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The renderer's output did not decode as an image.");
        return new RenderedMoodChart(png, bitmap, chart.Days.Count);
    }

    /// <summary>
    /// The pixel in the middle of a day's column at a mood level. Use half levels (such as 0.5 or
    /// 3.5) to read between the grid lines.
    /// </summary>
    public SKColor At(int dayIndex, double mood)
    {
        var x = MoodChartLayout.DayCentre(dayIndex, _dayCount);
        var y = MoodChartLayout.Y(mood);
        return _bitmap.GetPixel((int)x, (int)y);
    }

    /// <summary>The pixel at a place on the picture, for reads the chart's own terms do not reach, such as an outline.</summary>
    public SKColor Pixel(float x, float y) => _bitmap.GetPixel((int)MathF.Round(x), (int)MathF.Round(y));

    public void Dispose() => _bitmap.Dispose();
}
