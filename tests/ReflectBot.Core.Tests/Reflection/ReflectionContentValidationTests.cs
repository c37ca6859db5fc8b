using ReflectBot.Core.Content;
using ReflectBot.Core.Reflection;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Reflection;

public sealed class ReflectionContentValidationTests
{
    private const string Folder = "prompts/reflections";

    [Fact]
    public async Task Valid_prompts_load_with_their_text_themes_and_patterns()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-07.yaml", """
            id: prompt-07
            text: |
              Think of a small rupture this week.
              What helped you find your way back?
            themes: [repair, co-regulation]
            patterns: [anxious, avoidant]
            """);

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var prompt = catalog.Get<ReflectionPrompt>("prompt-07");
        Assert.Equal("Think of a small rupture this week.\nWhat helped you find your way back?", prompt.Text);
        Assert.Equal(["repair", "co-regulation"], prompt.Themes);
        Assert.Equal(["anxious", "avoidant"], prompt.Patterns);
        Assert.Equal(ReflectionContent.Count, catalog.All<ReflectionPrompt>().Count);
    }

    [Fact]
    public async Task Patterns_may_be_left_out_and_then_are_empty()
    {
        using var prompts = new TempPromptsFolder();

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        Assert.Empty(catalog.Get<ReflectionPrompt>("prompt-05").Patterns);
    }

    [Fact]
    public async Task Text_longer_than_the_limit_is_reported_at_the_text()
    {
        using var prompts = new TempPromptsFolder();
        var text = new string('a', ReflectionContentLimits.TextMaxLength + 1);
        prompts.Write("reflections/prompt-01.yaml", $"id: prompt-01\ntext: {text}\nthemes: [repair]\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/prompt-01.yaml", 2, 7, "'text' is 401 characters long; the limit is 400"), error);
    }

    [Fact]
    public async Task Missing_text_and_themes_are_both_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", "id: prompt-01\n");

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError($"{Folder}/prompt-01.yaml", 1, 1, "missing required key 'text'"),
                new ContentError($"{Folder}/prompt-01.yaml", 1, 1, "missing required key 'themes'"),
            ],
            errors);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("")]
    public async Task An_empty_theme_list_is_refused(string themes)
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", $"id: prompt-01\ntext: A question?\nthemes: {themes}\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.StartsWith("'themes' needs at least one of: bonding, after-closeness", error.Reason, StringComparison.Ordinal);
        Assert.Equal($"{Folder}/prompt-01.yaml", error.File);
    }

    [Fact]
    public async Task An_unknown_theme_is_reported_at_its_item()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", "id: prompt-01\ntext: A question?\nthemes: [repair, trust]\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal($"{Folder}/prompt-01.yaml", error.File);
        Assert.Equal((3, 18), (error.Line, error.Column));
        Assert.StartsWith("item 2 of 'themes' is 'trust'; it must be one of: bonding,", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_listed_twice_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", "id: prompt-01\ntext: A question?\nthemes: [repair, repair]\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/prompt-01.yaml", 3, 18, "'themes' lists 'repair' more than once"), error);
    }

    [Fact]
    public async Task Themes_that_are_not_a_list_are_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", "id: prompt-01\ntext: A question?\nthemes: repair\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/prompt-01.yaml", 3, 9, "'themes' must be a list such as [bonding], but it is text"), error);
    }

    [Fact]
    public async Task An_unknown_pattern_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("reflections/prompt-01.yaml", "id: prompt-01\ntext: A question?\nthemes: [repair]\npatterns: [disorganized]\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(
            new ContentError($"{Folder}/prompt-01.yaml", 4, 12, "item 1 of 'patterns' is 'disorganized'; it must be one of: secure, anxious, avoidant, fearful-avoidant"),
            error);
    }

    [Fact]
    public async Task Fewer_prompts_than_the_minimum_are_reported_against_the_folder()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("reflections/prompt-60.yaml");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Folder, 0, 0, "there are 59 reflection prompt(s); at least 60 are needed"), error);
    }

    [Fact]
    public async Task A_theme_with_too_few_prompts_is_reported()
    {
        using var prompts = new TempPromptsFolder();

        // 'repair' is on prompts 3, 11, 19, …, 59; moving five of them elsewhere leaves three.
        foreach (var i in new[] { 3, 11, 19, 27, 35 })
        {
            prompts.Write($"reflections/{ReflectionContent.IdOf(i)}.yaml", ReflectionContent.Prompt(ReflectionContent.IdOf(i), "[bonding]", null));
        }

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Folder, 0, 0, "theme 'repair' has 3 prompt(s); it needs at least 4"), error);
    }

    [Fact]
    public async Task A_pattern_with_too_few_prompts_is_reported()
    {
        using var prompts = new TempPromptsFolder();

        // 'fearful-avoidant' is on prompts 4, 9, 14, …, 59; dropping the tag from eight of them leaves four.
        foreach (var i in new[] { 4, 9, 14, 19, 24, 29, 34, 39 })
        {
            prompts.Write($"reflections/{ReflectionContent.IdOf(i)}.yaml", ReflectionContent.Prompt(ReflectionContent.IdOf(i), "[repair, bonding]", "[secure]"));
        }

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Folder, 0, 0, "pattern 'fearful-avoidant' has 4 prompt(s); it needs at least 5"), error);
    }

    [Fact]
    public void The_themes_are_the_eight_agreed_ids()
    {
        Assert.Equal(
            ["bonding", "after-closeness", "needs-and-boundaries", "repair", "self-soothing", "co-regulation", "safety-beyond-partner", "change-over-time"],
            ReflectionThemes.All);
    }

    [Fact]
    public void The_reflection_kind_is_registered()
    {
        Assert.Contains(ContentKinds.All, kind => kind is ReflectionPromptSchema { Folder: "reflections" });
    }
}
