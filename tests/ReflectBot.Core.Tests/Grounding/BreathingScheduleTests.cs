using ReflectBot.Core.Grounding;

namespace ReflectBot.Core.Tests.Grounding;

public sealed class BreathingScheduleTests
{
    private static readonly GroundingExercise Square = new()
    {
        Id = "square",
        Title = "Square",
        Summary = "S",
        Paced = true,
        Steps = [new GroundingStep("In", 4), new GroundingStep("Out", 6)],
        Repeat = 2,
        Closing = "C",
    };

    [Fact]
    public void Phases_follow_each_other_round_after_round_with_their_offsets()
    {
        var schedule = BreathingSchedule.For(Square);

        Assert.Equal(
            [
                new BreathingPhase(0, 1, "In", TimeSpan.Zero, TimeSpan.FromSeconds(4)),
                new BreathingPhase(1, 1, "Out", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6)),
                new BreathingPhase(0, 2, "In", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(4)),
                new BreathingPhase(1, 2, "Out", TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(6)),
            ],
            schedule.Phases);
        Assert.Equal(TimeSpan.FromSeconds(20), schedule.Duration);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3.9, 0)]
    [InlineData(4, 1)]
    [InlineData(13, 2)]
    [InlineData(19.9, 3)]
    [InlineData(20, null)]
    public void PhaseAt_finds_the_phase_under_way(double seconds, int? expected)
    {
        Assert.Equal(expected, BreathingSchedule.For(Square).PhaseAt(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void An_exercise_that_is_not_paced_has_no_schedule()
    {
        Assert.Throws<ArgumentException>(() => BreathingSchedule.For(Square with { Paced = false }));
    }
}
