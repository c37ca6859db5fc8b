namespace ReflectBot.Core.Grounding;

/// <summary>When each phase of a paced exercise begins: the plan a timer follows, worked out in advance.</summary>
public sealed class BreathingSchedule
{
    private BreathingSchedule(IReadOnlyList<BreathingPhase> phases, TimeSpan duration)
    {
        Phases = phases;
        Duration = duration;
    }

    /// <summary>Every phase of every round, in order; the first begins at zero.</summary>
    public IReadOnlyList<BreathingPhase> Phases { get; }

    /// <summary>When the last phase ends.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The schedule of a paced exercise; throws for one that is not paced or lacks timing.</summary>
    public static BreathingSchedule For(GroundingExercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        if (!exercise.Paced || exercise.Steps.Any(step => step.Seconds is null))
        {
            throw new ArgumentException($"Exercise '{exercise.Id}' is not paced with a time for every step.", nameof(exercise));
        }

        var phases = new List<BreathingPhase>(exercise.Steps.Count * exercise.Repeat);
        var offset = TimeSpan.Zero;
        for (var round = 1; round <= exercise.Repeat; round++)
        {
            for (var index = 0; index < exercise.Steps.Count; index++)
            {
                var step = exercise.Steps[index];
                var length = TimeSpan.FromSeconds(step.Seconds!.Value);
                phases.Add(new BreathingPhase(index, round, step.Text, offset, length));
                offset += length;
            }
        }

        return new BreathingSchedule(phases, offset);
    }

    /// <summary>The phase under way <paramref name="elapsed"/> after the start; null once the exercise is over.</summary>
    public int? PhaseAt(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero || elapsed >= Duration)
        {
            return elapsed < TimeSpan.Zero ? 0 : null;
        }

        var found = 0;
        for (var i = 0; i < Phases.Count && Phases[i].Offset <= elapsed; i++)
        {
            found = i;
        }

        return found;
    }
}
