using ReflectBot.Rendering;
using static ReflectBot.Tests.Rendering.MoodChartSamples;

namespace ReflectBot.Tests.Rendering;

public sealed class MoodChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_picture_is_a_png_of_the_stated_size()
    {
        using var chart = RenderedMoodChart.Of(Week(3, 4, null, 2, 5, 1, 3));

        Assert.Equal(PngSignature, chart.Png.Take(PngSignature.Length));
        Assert.Equal(MoodChartLayout.Width, chart.Width);
        Assert.Equal(MoodChartLayout.Height, chart.Height);
    }

    [Fact]
    public void The_same_chart_gives_the_same_bytes_every_time()
    {
        var chart = Week(2, 3, null, 4, 5);

        var first = new MoodChartRenderer().Render(chart);
        var second = new MoodChartRenderer().Render(chart);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_weeks_give_different_pictures()
    {
        var renderer = new MoodChartRenderer();

        Assert.NotEqual(renderer.Render(Week(1, 5)), renderer.Render(Week(5, 1)));
    }

    [Fact]
    public void A_great_day_draws_higher_than_a_rough_one()
    {
        using var chart = RenderedMoodChart.Of(Week(5, 1));

        // Both bars start at the baseline; only the great day reaches the upper levels.
        Assert.Equal(MoodChartPalette.Level(5), chart.At(0, 4.5));
        Assert.Equal(MoodChartPalette.Level(1), chart.At(1, 0.5));
        Assert.Equal(MoodChartPalette.Background, chart.At(1, 1.5));
        Assert.Equal(MoodChartPalette.Background, chart.At(1, 4.5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Each_bar_reaches_its_mood_and_stops_there(int mood)
    {
        using var chart = RenderedMoodChart.Of(Week(mood));

        Assert.Equal(MoodChartPalette.Level(mood), chart.At(0, mood - 0.5));
        Assert.Equal(MoodChartPalette.Background, chart.At(0, mood + 0.5));
    }

    [Fact]
    public void The_mood_levels_step_in_lightness_not_only_in_hue()
    {
        var lightness = Enumerable.Range(MoodChartLayout.MinMood, MoodChartLayout.MaxMood)
            .Select(mood => MoodChartPalette.Level(mood))
            .Select(colour => (0.2126 * colour.Red) + (0.7152 * colour.Green) + (0.0722 * colour.Blue))
            .ToList();

        // Lower moods are paler; each step is far enough apart to tell in greyscale.
        for (var i = 1; i < lightness.Count; i++)
        {
            Assert.True(lightness[i - 1] - lightness[i] > 25, $"level {i + 1} should be clearly darker than level {i}");
        }
    }

    [Fact]
    public void A_day_with_no_answer_is_drawn_unlike_a_rough_day()
    {
        using var missing = RenderedMoodChart.Of(Week(3, null, 3));
        using var rough = RenderedMoodChart.Of(Week(3, 1, 3));

        // Where a rough day has its short bar, a missing day is left empty inside its outline.
        Assert.Equal(MoodChartPalette.Level(1), rough.At(1, 0.5));
        Assert.Equal(MoodChartPalette.Background, missing.At(1, 0.5));
        Assert.NotEqual(missing.Png, rough.Png);
    }

    [Fact]
    public void A_day_with_no_answer_leaves_a_dashed_outline_where_its_bar_would_be()
    {
        using var missing = RenderedMoodChart.Of(Week((int?)null));
        var outline = MoodChartLayout.Placeholder(0, 1);

        // Walk down the left edge of the outline: some pixels carry the dash, some the gap between dashes.
        var edge = Enumerable.Range((int)outline.Top + 2, (int)outline.Height - 4)
            .Select(y => missing.Pixel(outline.Left, y))
            .ToList();

        Assert.Contains(edge, pixel => pixel != MoodChartPalette.Background);
        Assert.Contains(edge, pixel => pixel == MoodChartPalette.Background);
    }

    [Fact]
    public void A_week_with_no_answers_at_all_still_renders()
    {
        using var chart = RenderedMoodChart.Of(Week(null, null, null, null, null, null, null));

        Assert.Equal(MoodChartLayout.Width, chart.Width);
        Assert.Equal(MoodChartPalette.Background, chart.At(3, 2.5));
    }

    [Fact]
    public void Long_labels_and_title_still_render()
    {
        var days = new[] { new MoodDay("Wednesday the eighteenth of November", 4), new MoodDay("Thu 19", 2) };
        var words = new[] { "a really rough day", "low", "okay", "good", "a truly great day" };
        var chart = new MoodChart(days, "A title much longer than the picture is wide, to see that it shrinks rather than spills", words);

        using var rendered = RenderedMoodChart.Of(chart);

        Assert.Equal(MoodChartPalette.Level(4), rendered.At(0, 3.5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_mood_off_the_scale_is_refused(int mood)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MoodChartRenderer().Render(Week(3, mood)));

        Assert.Contains("Tue 17", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_chart_of_no_days_or_more_than_a_week_is_refused(int dayCount)
    {
        var chart = Week(Enumerable.Repeat<int?>(3, dayCount).ToArray());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MoodChartRenderer().Render(chart));

        Assert.Contains("days", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(0)]
    public void Anything_but_five_mood_words_is_refused(int wordCount)
    {
        var chart = Week(3, 4) with { MoodWords = Enumerable.Repeat("word", wordCount).ToList() };

        var error = Assert.Throws<ArgumentException>(() => new MoodChartRenderer().Render(chart));

        Assert.Contains("5 mood words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_day_and_a_full_week_both_render()
    {
        using var single = RenderedMoodChart.Of(Week(4));
        using var week = RenderedMoodChart.Of(Week(1, 2, 3, 4, 5, 4, 3));

        Assert.Equal(MoodChartPalette.Level(4), single.At(0, 3.5));
        Assert.Equal(MoodChartPalette.Level(5), week.At(4, 4.5));
        Assert.Equal(MoodChartPalette.Level(3), week.At(6, 2.5));
    }
}
