namespace ReflectBot.Workloads.Quiz;

/// <summary>How hard and how long to drive the quiz, and as whom.</summary>
public sealed record QuizLoadOptions
{
    public required double InteractionsPerSecond { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The simulated people; enough that each acts at most every few seconds, under the bot's per-person limits.</summary>
    public required IReadOnlyList<ulong> UserIds { get; init; }

    /// <summary>A guild channel the quiz is taken in.</summary>
    public required ulong ChannelId { get; init; }

    /// <summary>An answer later than this counts as late (Discord's deadline for the first response).</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>An interaction without an answer after this counts as unanswered.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Under a 429 storm: a late or unanswered interaction whose callback Discord answered 429 at least this many times
    /// was refused at every attempt the deadline left room for, so it counts as lost to the storm rather than missed
    /// by the bot. Null (the default) excuses nothing.
    /// </summary>
    public int? LostToRateLimitsAfter { get; init; }

    /// <summary>Seeds the choice of answers, so two runs click the same way.</summary>
    public int Seed { get; init; } = 1;
}
