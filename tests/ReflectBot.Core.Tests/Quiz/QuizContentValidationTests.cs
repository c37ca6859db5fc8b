using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Quiz;

public sealed class QuizContentValidationTests
{
    private const string Items = "prompts/quiz/items";

    [Fact]
    public async Task A_valid_quiz_loads_with_its_items_typed_and_its_four_patterns()
    {
        using var prompts = new TempPromptsFolder();

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var item = catalog.Get<QuizItem>("anxiety-02");
        Assert.Equal(AttachmentDimension.Anxiety, item.Dimension);
        Assert.Equal(ItemKeying.Reverse, item.Keying);
        Assert.True(item.InShortMode);
        Assert.Equal(3, item.Order);
        Assert.Equal(24, catalog.All<QuizItem>().Count);
        Assert.Equal(AttachmentPatternIds.All.Order(StringComparer.Ordinal), catalog.All<PatternExplainer>().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Too_few_items_of_one_dimension_are_reported_against_the_folder()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("quiz/items/avoidance-12.yaml");

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError(Items, 0, 0, "the full quiz has 11 avoidance item(s); it needs at least 12"),
                new ContentError(Items, 0, 0, "the full quiz has 12 anxiety and 11 avoidance items; both dimensions need the same number"),
            ],
            errors);
    }

    [Fact]
    public async Task Too_few_reverse_keyed_items_are_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/anxiety-04.yaml", QuizContent.Item("anxiety-04", "anxiety", "direct", true, 7));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Items, 0, 0, "the full quiz has 3 reverse-keyed anxiety item(s); it needs at least 4"), error);
    }

    [Fact]
    public async Task A_short_mode_that_is_not_six_and_six_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/avoidance-07.yaml", QuizContent.Item("avoidance-07", "avoidance", "direct", true, 14));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Items, 0, 0, "the short quiz has 7 avoidance item(s) marked 'short: true'; it needs exactly 6"), error);
    }

    [Fact]
    public async Task A_short_mode_with_too_few_reverse_items_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/anxiety-01.yaml", QuizContent.Item("anxiety-01", "anxiety", "reverse", false, 1));
        prompts.Write("quiz/items/anxiety-02.yaml", QuizContent.Item("anxiety-02", "anxiety", "reverse", false, 3));
        prompts.Write("quiz/items/anxiety-03.yaml", QuizContent.Item("anxiety-03", "anxiety", "reverse", false, 5));
        prompts.Write("quiz/items/anxiety-07.yaml", QuizContent.Item("anxiety-07", "anxiety", "direct", true, 13));
        prompts.Write("quiz/items/anxiety-08.yaml", QuizContent.Item("anxiety-08", "anxiety", "direct", true, 15));
        prompts.Write("quiz/items/anxiety-09.yaml", QuizContent.Item("anxiety-09", "anxiety", "direct", true, 17));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Items, 0, 0, "the short quiz has 1 reverse-keyed anxiety item(s); it needs at least 2"), error);
    }

    [Fact]
    public async Task A_repeated_order_is_reported_at_the_line_of_the_later_file()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/avoidance-01.yaml", QuizContent.Item("avoidance-01", "avoidance", "reverse", true, 1));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(
            new ContentError($"{Items}/avoidance-01.yaml", 6, 8, "order 1 is already used by anxiety-01.yaml; each item needs its own place"),
            error);
    }

    [Fact]
    public async Task A_broken_item_is_reported_alone_without_also_miscounting_the_instrument()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/anxiety-05.yaml", "id: anxiety-05\ntext: A statement.\ndimension: worry\nkeying: sideways\nshort: maybe\norder: two\n");

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError($"{Items}/anxiety-05.yaml", 3, 12, "'dimension' is 'worry'; it must be one of: anxiety, avoidance"),
                new ContentError($"{Items}/anxiety-05.yaml", 4, 9, "'keying' is 'sideways'; it must be one of: direct, reverse"),
                new ContentError($"{Items}/anxiety-05.yaml", 5, 8, "'short' must be true or false, but it is 'maybe'"),
                new ContentError($"{Items}/anxiety-05.yaml", 6, 8, "'order' must be a whole number, but it is 'two'"),
            ],
            errors);
    }

    [Fact]
    public async Task An_item_longer_than_two_hundred_characters_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/items/anxiety-05.yaml", QuizContent.Item("anxiety-05", "anxiety", "direct", false, 9).Replace("Statement anxiety-05.", new string('a', 201), StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Items}/anxiety-05.yaml", 2, 7, "'text' is 201 characters long; the limit is 200"), error);
    }

    [Fact]
    public async Task A_missing_pattern_is_reported_by_its_file()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("quiz/patterns/fearful-avoidant.yaml");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/quiz/patterns/fearful-avoidant.yaml", 0, 0, "this file is required but missing"), error);
    }

    [Fact]
    public async Task A_pattern_too_long_for_one_embed_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        var field = new string('x', 1000);
        prompts.Write("quiz/patterns/secure.yaml", $"""
            id: secure
            title: Secure
            summary: {new string('s', 2500)}
            after_closeness: {field}
            what_helps: {field}
            can_change: {field}
            next_step: See /help. {new string('n', 900)}
            """);

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/quiz/patterns/secure.yaml", 1, 1, "the texts together are 6417 characters long; the limit is 6000"), error);
    }

    [Fact]
    public async Task A_pattern_field_longer_than_an_embed_field_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/patterns/anxious.yaml", QuizContent.Pattern("anxious").Replace("One practice.", new string('p', 1025), StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/quiz/patterns/anxious.yaml", 5, 13, "'what_helps' is 1025 characters long; the limit is 1024"), error);
    }

    [Fact]
    public async Task A_pattern_that_does_not_point_to_help_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("quiz/patterns/avoidant.yaml", QuizContent.Pattern("avoidant").Replace("See /help.", "Take care.", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/quiz/patterns/avoidant.yaml", 7, 12, "'next_step' must point to /help"), error);
    }
}
