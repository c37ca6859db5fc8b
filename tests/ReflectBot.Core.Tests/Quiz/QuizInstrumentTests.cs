using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizInstrumentTests
{
    [Fact]
    public void The_full_mode_asks_every_item_by_its_order()
    {
        var instrument = new QuizInstrument(
        [
            TestItems.Item("late", AttachmentDimension.Anxiety, order: 3),
            TestItems.Item("early", AttachmentDimension.Avoidance, order: 1),
            TestItems.Item("middle", AttachmentDimension.Anxiety, inShort: true, order: 2),
        ]);

        Assert.Equal(["early", "middle", "late"], instrument.ItemsFor(QuizMode.Full).Select(item => item.Id));
    }

    [Fact]
    public void The_short_mode_asks_only_short_items_in_the_same_order()
    {
        var instrument = TestItems.Instrument();

        var ids = instrument.ItemsFor(QuizMode.Short).Select(item => item.Id).ToList();

        Assert.Equal(12, ids.Count);
        Assert.Equal(["anxiety-01", "avoidance-01", "anxiety-02"], ids.Take(3));
        Assert.All(instrument.ItemsFor(QuizMode.Short), item => Assert.True(item.InShortMode));
    }

    [Fact]
    public void Starting_a_quiz_lists_the_mode_s_items_in_order()
    {
        var instrument = TestItems.Instrument();

        var progress = instrument.Start(QuizMode.Full);

        Assert.Equal(QuizMode.Full, progress.Mode);
        Assert.Equal(instrument.ItemsFor(QuizMode.Full).Select(item => item.Id), progress.ItemIds);
        Assert.Equal("1 of 24", progress.Position);
    }

    [Fact]
    public void An_item_id_no_longer_in_the_content_is_a_clear_error()
    {
        var instrument = TestItems.Instrument();

        Assert.False(instrument.TryGet("removed", out _));
        var failure = Assert.Throws<KeyNotFoundException>(() => instrument.Get("removed"));
        Assert.Contains("removed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pattern_has_an_explainer_id()
    {
        Assert.Equal(
            AttachmentPatternIds.All,
            Enum.GetValues<AttachmentPattern>().Select(pattern => pattern.ContentId()));
    }

    [Fact]
    public void The_scale_labels_run_from_strongly_disagree_to_strongly_agree_and_fit_a_button()
    {
        Assert.Equal(7, AgreementScale.Labels.Count);
        Assert.Equal("Strongly disagree", AgreementScale.Label(1));
        Assert.Equal("Strongly agree", AgreementScale.Label(7));
        Assert.All(AgreementScale.Labels, label => Assert.InRange(label.Length, 1, 80));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgreementScale.Label(0));
    }
}
