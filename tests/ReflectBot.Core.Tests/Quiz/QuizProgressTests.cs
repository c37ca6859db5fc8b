using ReflectBot.Core.Quiz;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizProgressTests
{
    private static readonly string[] ThreeItems = ["one", "two", "three"];

    [Fact]
    public void A_new_quiz_is_at_its_first_item()
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems);

        Assert.Equal("one", progress.CurrentItemId);
        Assert.Equal("1 of 3", progress.Position);
        Assert.False(progress.IsComplete);
        Assert.False(progress.CanGoBack);
        Assert.Empty(progress.Answers);
    }

    [Fact]
    public void Answering_the_current_item_moves_to_the_next_and_leaves_the_old_state_untouched()
    {
        var start = QuizProgress.Start(QuizMode.Full, ThreeItems);

        var next = start.Answer("one", 5);

        Assert.Equal("two", next.CurrentItemId);
        Assert.Equal("2 of 3", next.Position);
        Assert.Equal([5], next.Answers);
        Assert.Equal("one", start.CurrentItemId);
    }

    [Fact]
    public void Answering_every_item_completes_the_quiz()
    {
        var done = QuizProgress.Start(QuizMode.Short, ThreeItems).Answer("one", 1).Answer("two", 4).Answer("three", 7);

        Assert.True(done.IsComplete);
        Assert.Null(done.CurrentItemId);
        Assert.Equal("3 of 3", done.Position);
        Assert.Equal(new Dictionary<string, int> { ["one"] = 1, ["two"] = 4, ["three"] = 7 }, done.AnswersByItem);
    }

    [Fact]
    public void A_second_click_on_an_answered_item_is_refused_and_not_counted()
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems).Answer("one", 5);

        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => progress.Answer("one", 6));

        Assert.Equal(QuizAnswerRefusal.NotTheCurrentItem, refusal.Refusal);
        Assert.Equal([5], progress.Answers);
    }

    [Fact]
    public void An_answer_for_a_later_item_is_refused()
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems);

        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => progress.Answer("three", 2));

        Assert.Equal(QuizAnswerRefusal.NotTheCurrentItem, refusal.Refusal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void An_answer_outside_the_scale_is_refused(int value)
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems);

        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => progress.Answer("one", value));

        Assert.Equal(QuizAnswerRefusal.OutOfRange, refusal.Refusal);
    }

    [Fact]
    public void Any_answer_after_the_end_is_refused_as_complete()
    {
        var done = QuizProgress.Start(QuizMode.Full, ["only"]).Answer("only", 3);

        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => done.Answer("only", 3));

        Assert.Equal(QuizAnswerRefusal.QuizComplete, refusal.Refusal);
    }

    [Fact]
    public void Back_takes_the_last_answer_back_so_the_item_can_be_answered_again()
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems).Answer("one", 2).Answer("two", 3);

        var back = progress.Back();

        Assert.Equal("two", back.CurrentItemId);
        Assert.Equal([2], back.Answers);
        Assert.Equal([2, 6], back.Answer("two", 6).Answers);
    }

    [Fact]
    public void Back_at_the_first_item_is_refused()
    {
        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => QuizProgress.Start(QuizMode.Full, ThreeItems).Back());

        Assert.Equal(QuizAnswerRefusal.NothingToGoBackTo, refusal.Refusal);
    }

    [Fact]
    public void A_double_click_on_Back_goes_back_only_one_step()
    {
        var progress = QuizProgress.Start(QuizMode.Full, ThreeItems).Answer("one", 2).Answer("two", 3);

        var once = progress.Back("three");
        var refusal = Assert.Throws<QuizAnswerRefusedException>(() => once.Back("three"));

        Assert.Equal("two", once.CurrentItemId);
        Assert.Equal(QuizAnswerRefusal.NotTheCurrentItem, refusal.Refusal);
    }

    [Fact]
    public void An_old_Back_button_cannot_reopen_a_finished_quiz()
    {
        var done = QuizProgress.Start(QuizMode.Full, ["only"]).Answer("only", 3);

        Assert.Throws<QuizAnswerRefusedException>(() => done.Back("only"));
    }

    [Fact]
    public void A_stored_quiz_restores_at_the_item_it_had_reached()
    {
        var stored = QuizProgress.Start(QuizMode.Short, ThreeItems).Answer("one", 4).Answer("two", 5);

        var restored = QuizProgress.Restore(stored.Mode, stored.ItemIds, stored.Answers);

        Assert.Equal(QuizMode.Short, restored.Mode);
        Assert.Equal("three", restored.CurrentItemId);
        Assert.Equal([4, 5], restored.Answers);
    }

    [Fact]
    public void A_stored_state_that_cannot_be_a_quiz_is_refused()
    {
        Assert.Throws<ArgumentException>(() => QuizProgress.Restore(QuizMode.Full, [], []));
        Assert.Throws<ArgumentException>(() => QuizProgress.Restore(QuizMode.Full, ["a", "a"], []));
        Assert.Throws<ArgumentException>(() => QuizProgress.Restore(QuizMode.Full, ["a"], [1, 2]));
        Assert.Throws<ArgumentException>(() => QuizProgress.Restore(QuizMode.Full, ["a", "b"], [9]));
    }
}
