using ReflectBot.Core.Content;
using ReflectBot.Core.Grounding;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Grounding;

public sealed class GroundingExerciseSchemaTests
{
    private const string File = "prompts/grounding/square.yaml";

    [Fact]
    public async Task Valid_exercises_load_with_steps_timing_and_repeat()
    {
        using var prompts = new TempPromptsFolder();

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var square = catalog.Get<GroundingExercise>("square");
        Assert.True(square.Paced);
        Assert.Equal(3, square.Repeat);
        Assert.Equal([new GroundingStep("In", 4), new GroundingStep("Hold", 2)], square.Steps);
        Assert.Equal("Done. See /help if it is still too much.", square.Closing);
        var senses = catalog.Get<GroundingExercise>("senses");
        Assert.False(senses.Paced);
        Assert.Equal(1, senses.Repeat);
        Assert.Equal([new GroundingStep("See five things.", null), new GroundingStep("Touch four things.", 10)], senses.Steps);
    }

    [Fact]
    public async Task A_paced_step_without_seconds_is_reported_at_the_step()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("grounding/square.yaml", GroundingContent.Paced.Replace("    seconds: 2\n", "", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 8, 5, "step 2 of a paced exercise needs 'seconds' (1 to 30)"), error);
    }

    [Fact]
    public async Task A_paced_step_longer_than_thirty_seconds_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("grounding/square.yaml", GroundingContent.Paced.Replace("seconds: 2", "seconds: 31", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 9, 14, "'steps[2].seconds' is 31; it must be from 1 to 30"), error);
    }

    [Fact]
    public async Task A_paced_exercise_over_ten_minutes_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        // (30 + 2) seconds × 19 rounds = 608 s.
        prompts.Write("grounding/square.yaml", GroundingContent.Paced
            .Replace("seconds: 4", "seconds: 30", StringComparison.Ordinal)
            .Replace("repeat: 3", "repeat: 19", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(File, 1, 1, "a paced exercise may last at most 10 minutes, but its steps × repeat take 608 seconds"), error);
    }

    [Fact]
    public async Task Repeat_on_an_exercise_that_is_not_paced_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("grounding/senses.yaml", GroundingContent.Stepped + "\nrepeat: 2\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal("prompts/grounding/senses.yaml", error.File);
        Assert.StartsWith("'repeat' is only for paced exercises", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_steps_are_reported()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("grounding/senses.yaml", "id: senses\ntitle: T\nsummary: S\npaced: false\nclosing: C\n");

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError("prompts/grounding/senses.yaml", 1, 1, "missing required key 'steps'"), error);
    }

    [Fact]
    public void The_grounding_kind_is_registered()
    {
        Assert.Contains(ContentKinds.All, kind => kind is GroundingExerciseSchema { Folder: "grounding" });
    }
}
