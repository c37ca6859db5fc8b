using ReflectBot.Core.Content;
using ReflectBot.Core.Grounding;
using ReflectBot.Core.Tests.Quiz;

namespace ReflectBot.Core.Tests.Grounding;

public sealed class RepositoryGroundingTests
{
    [Fact]
    public async Task The_real_folder_has_the_agreed_exercises_each_closing_with_help_and_every_paced_step_timed()
    {
        var result = await new ContentLoader().LoadAsync(RepositoryPromptsTests.FindPrompts(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var exercises = result.Catalog.All<GroundingExercise>();
        Assert.Superset(
            new HashSet<string>(["five-senses", "box-breathing", "long-exhale", "three-breaths-before-reaching-out", "feet-on-the-floor", "hand-on-heart", "danger-now-or-then"]),
            exercises.Keys.ToHashSet());
        Assert.All(exercises.Values, exercise => Assert.Contains("/help", exercise.Closing, StringComparison.Ordinal));
        foreach (var exercise in exercises.Values.Where(e => e.Paced))
        {
            Assert.All(exercise.Steps, step => Assert.NotNull(step.Seconds));
            Assert.True(BreathingSchedule.For(exercise).Duration <= GroundingLimits.MaxPacedDuration);
        }

        Assert.True(exercises["box-breathing"].Paced);
        Assert.True(exercises["long-exhale"].Paced);
    }
}
