using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizScorerTests
{
    private readonly QuizScorer _scorer = new();

    [Fact]
    public void Each_dimension_is_the_mean_of_its_own_items()
    {
        QuizItem[] items =
        [
            TestItems.Item("a1", AttachmentDimension.Anxiety),
            TestItems.Item("a2", AttachmentDimension.Anxiety),
            TestItems.Item("v1", AttachmentDimension.Avoidance),
            TestItems.Item("v2", AttachmentDimension.Avoidance),
        ];

        var scores = _scorer.Score(items, new Dictionary<string, int> { ["a1"] = 7, ["a2"] = 4, ["v1"] = 1, ["v2"] = 2 });

        Assert.Equal(new QuizScores(5.5, 1.5), scores);
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 6)]
    [InlineData(4, 4)]
    [InlineData(7, 1)]
    public void A_reverse_keyed_item_counts_as_eight_minus_the_answer(int answer, double expected)
    {
        QuizItem[] items =
        [
            TestItems.Item("a1", AttachmentDimension.Anxiety, ItemKeying.Reverse),
            TestItems.Item("v1", AttachmentDimension.Avoidance),
        ];

        var scores = _scorer.Score(items, new Dictionary<string, int> { ["a1"] = answer, ["v1"] = answer });

        Assert.Equal(expected, scores.Anxiety);
        Assert.Equal(answer, scores.Avoidance);
    }

    [Fact]
    public void Agreeing_with_everything_does_not_score_as_the_top_of_either_scale()
    {
        var instrument = TestItems.Instrument();
        var progress = AnswerAll(instrument.Start(QuizMode.Full), 7);

        var scores = _scorer.Score(instrument, progress);

        // 8 direct items at 7 and 4 reverse items at 8 − 7 = 1: (8 × 7 + 4 × 1) / 12 = 5.
        Assert.Equal(new QuizScores(5, 5), scores);
    }

    [Fact]
    public void The_short_mode_scores_only_its_own_twelve_items()
    {
        var instrument = TestItems.Instrument();
        var progress = AnswerAll(instrument.Start(QuizMode.Short), 1);

        var scores = _scorer.Score(instrument, progress);

        // In the short mode 2 direct items at 1 and 4 reverse items at 8 − 1 = 7: (2 × 1 + 4 × 7) / 6 = 5;
        // the full quiz would have given (8 × 1 + 4 × 7) / 12 = 3.
        Assert.Equal(12, progress.Total);
        Assert.Equal(new QuizScores(5, 5), scores);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-3)]
    public void An_answer_outside_one_to_seven_is_refused(int answer)
    {
        QuizItem[] items = [TestItems.Item("a1", AttachmentDimension.Anxiety), TestItems.Item("v1", AttachmentDimension.Avoidance)];

        var failure = Assert.Throws<ArgumentOutOfRangeException>(
            () => _scorer.Score(items, new Dictionary<string, int> { ["a1"] = answer, ["v1"] = 4 }));

        Assert.Contains($"a1={answer}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_answer_is_refused_naming_the_item()
    {
        QuizItem[] items = [TestItems.Item("a1", AttachmentDimension.Anxiety), TestItems.Item("v1", AttachmentDimension.Avoidance)];

        var failure = Assert.Throws<ArgumentException>(() => _scorer.Score(items, new Dictionary<string, int> { ["a1"] = 4 }));

        Assert.Contains("no answer for: v1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_an_item_outside_the_quiz_is_refused()
    {
        QuizItem[] items = [TestItems.Item("a1", AttachmentDimension.Anxiety), TestItems.Item("v1", AttachmentDimension.Avoidance)];

        var failure = Assert.Throws<ArgumentException>(
            () => _scorer.Score(items, new Dictionary<string, int> { ["a1"] = 4, ["v1"] = 4, ["x9"] = 4 }));

        Assert.Contains("x9", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiz_without_items_of_one_dimension_cannot_be_scored()
    {
        QuizItem[] items = [TestItems.Item("a1", AttachmentDimension.Anxiety)];

        var failure = Assert.Throws<ArgumentException>(() => _scorer.Score(items, new Dictionary<string, int> { ["a1"] = 4 }));

        Assert.Contains("no avoidance items", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unfinished_quiz_cannot_be_scored()
    {
        var instrument = TestItems.Instrument();
        var progress = instrument.Start(QuizMode.Short).Answer("anxiety-01", 3);

        var failure = Assert.Throws<ArgumentException>(() => _scorer.Score(instrument, progress));

        Assert.Contains("1 of 12", failure.Message, StringComparison.Ordinal);
    }

    private static QuizProgress AnswerAll(QuizProgress progress, int value)
    {
        while (progress.CurrentItemId is { } id)
        {
            progress = progress.Answer(id, value);
        }

        return progress;
    }
}
