using SkiaSharp;

namespace ReflectBot.Rendering;

/// <summary>
/// The font the chart draws with, read from the assembly rather than the system, so the picture
/// is the same on every machine and needs no fonts installed.
/// </summary>
public static class ChartTypeface
{
    private const string ResourceName = "ReflectBot.Rendering.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loaded once and shared: a typeface is immutable and safe to use from any thread.</summary>
    public static SKTypeface Regular => Loaded.Value;

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartTypeface).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing from the build.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} could not be read.");
    }
}
