using ReflectBot.Core.Content;
using ReflectBot.Core.Safety;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Safety;

public sealed class CrisisSchemaTests
{
    private const string File = "prompts/crisis/suicide.yaml";

    [Fact]
    public async Task Valid_lists_load_with_phrases_safe_phrases_and_resources()
    {
        using var prompts = new TempPromptsFolder();

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var suicide = catalog.Get<CrisisCategory>("suicide");
        Assert.Equal("Thoughts of suicide", suicide.Label);
        Assert.Equal(["want to die", "kill myself"], suicide.Phrases);
        Assert.Equal(["kill myself laughing"], suicide.SafePhrases);
        Assert.Empty(catalog.Get<CrisisCategory>("abuse").SafePhrases);
        Assert.StartsWith("Call your local emergency number", catalog.CrisisResources.Text, StringComparison.Ordinal);
        Assert.Equal(new CrisisMatch("abuse", "Label of abuse"), catalog.CrisisDetector.Find("He hits me."));
    }

    [Fact]
    public async Task Missing_phrases_are_reported_at_the_file()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", "id: suicide\nlabel: Thoughts of suicide\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 1, 1, "missing required key 'phrases'"), error);
    }

    [Fact]
    public async Task An_empty_phrase_is_reported_at_its_line()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", CrisisContent.Suicide.Replace("  - kill myself\n", "  -\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 5, 4, "item 2 of 'phrases' is empty"), error);
    }

    [Fact]
    public async Task A_phrase_of_only_punctuation_is_refused_because_it_could_never_match()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", CrisisContent.Suicide.Replace("  - kill myself\n", "  - \"?!\"\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 5, 5, "item 2 of 'phrases' has no letters or digits, so it can never match"), error);
    }

    [Fact]
    public async Task A_phrase_over_eight_words_is_reported_at_its_line()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write(
            "crisis/suicide.yaml",
            CrisisContent.Suicide.Replace("  - want to die\n", "  - i really really do not want to be here\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 4, 5, "item 1 of 'phrases' has 9 words; the limit is 8"), error);
    }

    [Fact]
    public async Task A_repeated_phrase_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", CrisisContent.Suicide.Replace("  - kill myself\n", "  - want to die\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 5, 5, "item 2 of 'phrases' repeats 'want to die'"), error);
    }

    [Fact]
    public async Task An_unknown_placeholder_is_reported_at_its_line()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", CrisisContent.Suicide.Replace("  - kill myself\n", "  - \"{someone} hits me\"\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 5, 5, "item 2 of 'phrases' holds a placeholder other than {person}, the only one there is"), error);
    }

    [Fact]
    public async Task The_person_placeholder_counts_as_one_word_and_loads()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write(
            "crisis/suicide.yaml",
            CrisisContent.Suicide.Replace("  - want to die\n", "  - \"my {person} said he would hurt me\"\n", StringComparison.Ordinal));

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        Assert.Equal("suicide", catalog.CrisisDetector.Find("My stepmum said he would hurt me")?.CategoryId);
    }

    [Fact]
    public async Task A_phrase_whose_placeholder_makes_it_nine_words_is_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write(
            "crisis/suicide.yaml",
            CrisisContent.Suicide.Replace("  - kill myself\n", "  - \"i am so scared that my {person} will hurt\"\n", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 5, 5, "item 2 of 'phrases' has 9 words; the limit is 8"), error);
    }

    [Fact]
    public async Task Phrases_that_are_not_a_list_are_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/self-harm.yaml", "id: self-harm\nlabel: Hurting yourself\nphrases: hurt myself\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal("prompts/crisis/self-harm.yaml:3:10: 'phrases' must be a list of texts, one per line starting with '- ', but it is text", error.ToString());
    }

    [Fact]
    public async Task A_safe_phrase_that_holds_none_of_the_phrases_is_reported_since_it_would_change_nothing()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/suicide.yaml", CrisisContent.Suicide.Replace("kill myself laughing", "dying of laughter", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(
            new ContentError(File, 7, 3, "safe phrase 'dying of laughter' contains none of the phrases of this file, so it would change nothing"),
            error);
    }

    [Fact]
    public async Task A_missing_required_category_stops_the_start()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("crisis/sexual-violence.yaml");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/crisis/sexual-violence.yaml", 0, 0, "this file is required but missing"), error);
    }

    [Fact]
    public async Task Resources_longer_than_an_embed_field_are_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("crisis/resources/default.yaml", "id: default\ntext: " + new string('a', 1025) + "\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/crisis/resources/default.yaml", 2, 7, "'text' is 1025 characters long; the limit is 1024"), error);
    }
}
