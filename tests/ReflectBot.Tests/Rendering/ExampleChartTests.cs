using ReflectBot.Rendering;
using ReflectBot.Tests.Support;
using SkiaSharp;
using static ReflectBot.Tests.Rendering.ChartSamples;

namespace ReflectBot.Tests.Rendering;

/// <summary>
/// The example picture in docs/ shows reviewers what the quiz result looks like. Set
/// REFLECTBOT_WRITE_CHART_EXAMPLE=1 when running this test to draw it again after changing the chart.
/// </summary>
public sealed class ExampleChartTests
{
    private const string FileName = "quiz-result-example.png";

    public static QuizChart Example { get; } = At(
        anxiety: 5.3,
        avoidance: 2.6,
        earlier: [Earlier(5.9, 3.4, daysAfterStart: 0), Earlier(5.6, 3.1, daysAfterStart: 35), Earlier(5.4, 2.9, daysAfterStart: 70)]);

    [Fact]
    public void The_example_picture_in_the_docs_is_a_chart_of_the_stated_size()
    {
        var path = Path.Combine(RepositoryPaths.Docs, FileName);
        if (Environment.GetEnvironmentVariable("REFLECTBOT_WRITE_CHART_EXAMPLE") == "1")
        {
            File.WriteAllBytes(path, new QuizChartRenderer().Render(Example));
        }

        using var bitmap = SKBitmap.Decode(path);

        Assert.NotNull(bitmap);
        Assert.Equal(QuizChartLayout.Size, bitmap.Width);
        Assert.Equal(QuizChartLayout.Size, bitmap.Height);
    }
}
