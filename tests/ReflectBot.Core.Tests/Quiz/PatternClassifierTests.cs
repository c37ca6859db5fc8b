using Microsoft.Extensions.Options;
using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class PatternClassifierTests
{
    private readonly PatternClassifier _classifier = new(Options.Create(new QuizOptions()));

    [Theory]
    [InlineData(1, 1, AttachmentPattern.Secure)]
    [InlineData(7, 1, AttachmentPattern.Anxious)]
    [InlineData(1, 7, AttachmentPattern.Avoidant)]
    [InlineData(7, 7, AttachmentPattern.FearfulAvoidant)]
    public void Each_corner_of_the_plane_is_its_pattern_and_near_no_line(double anxiety, double avoidance, AttachmentPattern expected)
    {
        var outcome = _classifier.Classify(new QuizScores(anxiety, avoidance));

        Assert.Equal(expected, outcome.Pattern);
        Assert.False(outcome.IsNearLine);
        Assert.Empty(outcome.NearPatterns);
    }

    [Theory]
    [InlineData(4.0, 1, AttachmentPattern.Secure)]
    [InlineData(1, 4.0, AttachmentPattern.Secure)]
    [InlineData(4.0, 4.0, AttachmentPattern.Secure)]
    [InlineData(7, 4.0, AttachmentPattern.Anxious)]
    [InlineData(4.0, 7, AttachmentPattern.Avoidant)]
    public void A_score_exactly_on_the_cut_off_counts_as_low(double anxiety, double avoidance, AttachmentPattern expected)
    {
        Assert.Equal(expected, _classifier.Classify(new QuizScores(anxiety, avoidance)).Pattern);
    }

    [Fact]
    public void A_score_just_above_the_cut_off_counts_as_high()
    {
        Assert.Equal(AttachmentPattern.FearfulAvoidant, _classifier.Classify(new QuizScores(4.01, 4.01)).Pattern);
    }

    [Fact]
    public void Anxiety_near_the_line_names_the_pattern_across_it()
    {
        var outcome = _classifier.Classify(new QuizScores(4.2, 1.5));

        Assert.Equal(AttachmentPattern.Anxious, outcome.Pattern);
        Assert.Equal([AttachmentPattern.Secure], outcome.NearPatterns);
        Assert.True(outcome.AnxietyNearLine);
        Assert.False(outcome.AvoidanceNearLine);
    }

    [Fact]
    public void Avoidance_near_the_line_names_the_pattern_across_it()
    {
        var outcome = _classifier.Classify(new QuizScores(6, 3.8));

        Assert.Equal(AttachmentPattern.Anxious, outcome.Pattern);
        Assert.Equal([AttachmentPattern.FearfulAvoidant], outcome.NearPatterns);
        Assert.False(outcome.AnxietyNearLine);
        Assert.True(outcome.AvoidanceNearLine);
    }

    [Fact]
    public void Near_both_lines_all_three_other_patterns_are_neighbours()
    {
        var outcome = _classifier.Classify(new QuizScores(4.1, 3.9));

        Assert.Equal(AttachmentPattern.Anxious, outcome.Pattern);
        Assert.Equal([AttachmentPattern.Secure, AttachmentPattern.FearfulAvoidant, AttachmentPattern.Avoidant], outcome.NearPatterns);
    }

    [Theory]
    [InlineData(4.25, true)]
    [InlineData(3.75, true)]
    [InlineData(4.26, false)]
    [InlineData(3.74, false)]
    public void The_edge_of_the_band_is_still_near_the_line(double anxiety, bool near)
    {
        Assert.Equal(near, _classifier.Classify(new QuizScores(anxiety, 1)).IsNearLine);
    }

    [Fact]
    public void The_cut_off_and_band_come_from_the_options()
    {
        var classifier = new PatternClassifier(Options.Create(new QuizOptions { CutOff = 3, NearLineBand = 0 }));

        var above = classifier.Classify(new QuizScores(3.5, 1));
        var on = classifier.Classify(new QuizScores(3, 1));

        Assert.Equal(AttachmentPattern.Anxious, above.Pattern);
        Assert.False(above.IsNearLine);
        Assert.Equal(AttachmentPattern.Secure, on.Pattern);
        Assert.Equal([AttachmentPattern.Anxious], on.NearPatterns);
    }
}
