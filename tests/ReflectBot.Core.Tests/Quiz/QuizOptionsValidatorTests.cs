using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizOptionsValidatorTests
{
    private readonly QuizOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_the_midpoint_and_a_quarter_point_band_and_are_valid()
    {
        var options = new QuizOptions();

        Assert.Equal(4.0, options.CutOff);
        Assert.Equal(0.25, options.NearLineBand);
        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(7.0)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void A_cut_off_at_or_beyond_the_ends_of_the_scale_is_refused_by_name(double cutOff)
    {
        var result = _validator.Validate(null, new QuizOptions { CutOff = cutOff });

        Assert.True(result.Failed);
        Assert.Contains("Quiz:CutOff", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.0, -0.1)]
    [InlineData(4.0, 3.0)]
    [InlineData(6.0, 1.0)]
    [InlineData(4.0, double.PositiveInfinity)]
    public void A_band_that_is_negative_or_reaches_an_end_of_the_scale_is_refused_by_name(double cutOff, double band)
    {
        var result = _validator.Validate(null, new QuizOptions { CutOff = cutOff, NearLineBand = band });

        Assert.True(result.Failed);
        Assert.Contains("Quiz:NearLineBand", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_of_zero_is_allowed()
    {
        Assert.True(_validator.Validate(null, new QuizOptions { NearLineBand = 0 }).Succeeded);
    }
}
