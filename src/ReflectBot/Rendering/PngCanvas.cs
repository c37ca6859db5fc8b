using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>The part every chart shares: a cleared surface of a given size, drawn on, encoded as PNG.</summary>
public static class PngCanvas
{
    public static byte[] Render(int width, int height, SKColor background, Action<SKCanvas> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Could not create a {width}×{height} drawing surface.");
        surface.Canvas.Clear(background);
        draw(surface.Canvas);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Could not encode the picture as PNG.");
        return png.ToArray();
    }
}
