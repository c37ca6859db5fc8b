using ReflectBot.Rendering;
using SkiaSharp;
using static ReflectBot.Tests.Rendering.ChartSamples;

namespace ReflectBot.Tests.Rendering;

public sealed class QuizChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_picture_is_a_png_of_the_stated_size()
    {
        using var chart = RenderedChart.Of(At(5.2, 2.1, earlier: Earlier(4.0, 3.0, 0)));

        Assert.Equal(PngSignature, chart.Png.Take(PngSignature.Length));
        Assert.Equal(QuizChartLayout.Size, chart.Width);
        Assert.Equal(QuizChartLayout.Size, chart.Height);
    }

    public static TheoryData<string, double, double> QuadrantCentres => new()
    {
        { nameof(QuizChartPalette.Secure), 2.5, 2.5 },
        { nameof(QuizChartPalette.Anxious), 5.5, 2.5 },
        { nameof(QuizChartPalette.Avoidant), 2.5, 5.5 },
        { nameof(QuizChartPalette.FearfulAvoidant), 5.5, 5.5 },
    };

    [Theory]
    [MemberData(nameof(QuadrantCentres))]
    public void Each_quadrant_is_tinted_with_its_patterns_colour(string pattern, double anxiety, double avoidance)
    {
        using var chart = RenderedChart.Of(At(4, 4));

        Assert.Equal(Tint(pattern), chart.At(anxiety, avoidance));
    }

    [Theory]
    [MemberData(nameof(QuadrantCentres))]
    public void The_current_point_is_drawn_where_its_scores_land_and_nowhere_else(string pattern, double anxiety, double avoidance)
    {
        using var chart = RenderedChart.Of(At(anxiety, avoidance));

        Assert.Equal(QuizChartPalette.Point, chart.At(anxiety, avoidance));

        // The mirror image across both cut-off lines stays the opposite quadrant's plain tint.
        Assert.Equal(Tint(Opposite(pattern)), chart.At(8 - anxiety, 8 - avoidance));
    }

    [Fact]
    public void Moving_the_cut_off_moves_the_quadrant_boundaries()
    {
        // At a cut-off of 3, a score of 3.5 on both is high/high; at the midpoint it is low/low.
        using var highCutoff = RenderedChart.Of(At(6.5, 6.5, cutoff: 4));
        using var lowCutoff = RenderedChart.Of(At(6.5, 6.5, cutoff: 3));

        Assert.Equal(QuizChartPalette.Secure, highCutoff.At(3.5, 3.5));
        Assert.Equal(QuizChartPalette.FearfulAvoidant, lowCutoff.At(3.5, 3.5));
    }

    [Fact]
    public void Earlier_results_are_fainter_than_the_current_one_and_the_oldest_faintest()
    {
        using var chart = RenderedChart.Of(At(6, 6, earlier: [Earlier(5, 6, daysAfterStart: 30), Earlier(5, 5, daysAfterStart: 0)]));

        var background = QuizChartPalette.FearfulAvoidant;
        var current = Distance(chart.At(6, 6), background);
        var newer = Distance(chart.At(5, 6), background);
        var oldest = Distance(chart.At(5, 5), background);

        Assert.True(oldest > 0, "the oldest earlier result should still be visible");
        Assert.True(oldest < newer, $"oldest {oldest} should be fainter than newer {newer}");
        Assert.True(newer < current, $"newer {newer} should be fainter than current {current}");
    }

    [Fact]
    public void Only_the_most_recent_earlier_results_are_drawn()
    {
        var earlier = Enumerable.Range(1, QuizChartRenderer.MaxEarlierPoints)
            .Select(day => Earlier(6.5, 5.5, daysAfterStart: day))
            .Append(Earlier(5, 5, daysAfterStart: 0))
            .ToArray();

        using var chart = RenderedChart.Of(At(6, 6, earlier: earlier));

        Assert.Equal(QuizChartPalette.FearfulAvoidant, chart.At(5, 5));
        Assert.NotEqual(QuizChartPalette.FearfulAvoidant, chart.At(6.5, 5.5));
    }

    [Fact]
    public void Earlier_points_grow_more_opaque_from_oldest_to_newest()
    {
        var alphas = Enumerable.Range(0, 5).Select(i => QuizChartRenderer.EarlierAlpha(i, 5)).ToList();

        Assert.Equal(QuizChartPalette.OldestEarlierAlpha, alphas[0]);
        Assert.Equal(QuizChartPalette.NewestEarlierAlpha, alphas[^1]);
        Assert.Equal(alphas.Order(), alphas);
        Assert.Equal(alphas.Count, alphas.Distinct().Count());
        Assert.Equal(QuizChartPalette.NewestEarlierAlpha, QuizChartRenderer.EarlierAlpha(0, 1));
    }

    [Fact]
    public void The_same_chart_gives_the_same_bytes_every_time()
    {
        var chart = At(5.25, 2.75, earlier: [Earlier(4.5, 3.5, 0), Earlier(5.0, 3.0, 14)]);

        var first = new QuizChartRenderer().Render(chart);
        var second = new QuizChartRenderer().Render(chart);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_results_give_different_pictures()
    {
        var renderer = new QuizChartRenderer();

        Assert.NotEqual(renderer.Render(At(5, 2)), renderer.Render(At(2, 5)));
    }

    [Theory]
    [InlineData(0.99, 4)]
    [InlineData(7.01, 4)]
    [InlineData(4, 0)]
    [InlineData(4, 8)]
    [InlineData(double.NaN, 4)]
    [InlineData(4, double.PositiveInfinity)]
    public void A_current_score_off_the_scale_is_refused(double anxiety, double avoidance)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new QuizChartRenderer().Render(At(anxiety, avoidance)));

        Assert.Contains("current result", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_score_off_the_scale_is_refused()
    {
        var chart = At(4, 4, earlier: Earlier(9, 4, 0));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new QuizChartRenderer().Render(chart));

        Assert.Contains("2026-01-05", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(double.NaN)]
    public void A_cut_off_on_or_beyond_the_edge_of_the_scale_is_refused(double cutoff)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new QuizChartRenderer().Render(At(4, 4, cutoff)));

        Assert.Contains("cut-off", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 7)]
    [InlineData(1, 7)]
    [InlineData(7, 1)]
    public void Scores_at_the_ends_of_the_scale_are_drawn_in_their_corner(double anxiety, double avoidance)
    {
        using var chart = RenderedChart.Of(At(anxiety, avoidance));

        // The point is drawn last, so it sits over the frame even in the very corner.
        Assert.Equal(QuizChartPalette.Point, chart.At(anxiety, avoidance));
    }

    [Fact]
    public void Long_labels_and_an_off_centre_cut_off_still_render()
    {
        var labels = Labels with
        {
            Secure = "A label far too long to fit in the little quadrant it was given",
            CurrentPoint = "Your result from today",
        };
        var chart = new QuizChart(new ChartPoint(6.8, 6.8), [], 1.5, labels);

        using var rendered = RenderedChart.Of(chart);

        Assert.Equal(QuizChartLayout.Size, rendered.Width);
        Assert.Equal(QuizChartPalette.Point, rendered.At(6.8, 6.8));
    }

    [Fact]
    public void Empty_labels_leave_the_quadrants_plain()
    {
        var blank = new QuizChartLabels("", "", "", "", "", "", "");

        var withWords = new QuizChartRenderer().Render(At(4, 4));
        var withoutWords = new QuizChartRenderer().Render(new QuizChart(new ChartPoint(4, 4), [], 4, blank));

        Assert.NotEqual(withWords, withoutWords);
    }

    private static SKColor Tint(string pattern) => pattern switch
    {
        nameof(QuizChartPalette.Secure) => QuizChartPalette.Secure,
        nameof(QuizChartPalette.Anxious) => QuizChartPalette.Anxious,
        nameof(QuizChartPalette.Avoidant) => QuizChartPalette.Avoidant,
        nameof(QuizChartPalette.FearfulAvoidant) => QuizChartPalette.FearfulAvoidant,
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "not a pattern"),
    };

    private static string Opposite(string pattern) => pattern switch
    {
        nameof(QuizChartPalette.Secure) => nameof(QuizChartPalette.FearfulAvoidant),
        nameof(QuizChartPalette.FearfulAvoidant) => nameof(QuizChartPalette.Secure),
        nameof(QuizChartPalette.Anxious) => nameof(QuizChartPalette.Avoidant),
        nameof(QuizChartPalette.Avoidant) => nameof(QuizChartPalette.Anxious),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "not a pattern"),
    };

    private static int Distance(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
}
