using ReflectBot.Rendering;
using SkiaSharp;

namespace ReflectBot.Tests.Rendering;

/// <summary>A rendered chart decoded back into pixels, read by score so tests speak the chart's language.</summary>
internal sealed class RenderedChart : IDisposable
{
    private readonly SKBitmap _bitmap;

    private RenderedChart(byte[] png, SKBitmap bitmap)
    {
        Png = png;
        _bitmap = bitmap;
    }

    public byte[] Png { get; }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static RenderedChart Of(QuizChart chart)
    {
        var png = new QuizChartRenderer().Render(chart);
        var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The renderer's output did not decode as an image.");
        return new RenderedChart(png, bitmap);
    }

    public SKColor At(double anxiety, double avoidance)
    {
        var point = QuizChartLayout.Map(new ChartPoint(anxiety, avoidance));
        return _bitmap.GetPixel((int)point.X, (int)point.Y);
    }

    public void Dispose() => _bitmap.Dispose();
}
