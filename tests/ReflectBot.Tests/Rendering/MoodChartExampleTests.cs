using ReflectBot.Rendering;
using ReflectBot.Tests.Support;
using SkiaSharp;

namespace ReflectBot.Tests.Rendering;

/// <summary>
/// The example picture in docs/ shows reviewers what the weekly mood chart looks like. Set
/// REFLECTBOT_WRITE_CHART_EXAMPLE=1 when running this test to draw it again after changing the chart.
/// </summary>
public sealed class MoodChartExampleTests
{
    private const string FileName = "mood-chart-example.png";

    public static MoodChart Example { get; } = MoodChartSamples.Week(2, 3, null, 4, 3, 5, 4) with { Title = "Your week, 16–22 November" };

    [Fact]
    public void The_example_picture_in_the_docs_is_a_mood_chart_of_the_stated_size()
    {
        var path = Path.Combine(RepositoryPaths.Docs, FileName);
        if (Environment.GetEnvironmentVariable("REFLECTBOT_WRITE_CHART_EXAMPLE") == "1")
        {
            File.WriteAllBytes(path, new MoodChartRenderer().Render(Example));
        }

        using var bitmap = SKBitmap.Decode(path);

        Assert.NotNull(bitmap);
        Assert.Equal(MoodChartLayout.Width, bitmap.Width);
        Assert.Equal(MoodChartLayout.Height, bitmap.Height);
    }
}
