namespace ReflectBot.Data.Grounding;

/// <summary>One grounding session as stored.</summary>
public sealed record StoredGroundingSession(
    long Id,
    ulong UserId,
    string ExerciseId,
    int? BeforeRating,
    int? AfterRating,
    string State,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt);
