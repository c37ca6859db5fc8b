namespace ReflectBot.Data.Grounding;

/// <summary>A grounding_sessions row as SQLite returns it, before ids and times are parsed.</summary>
internal sealed record GroundingSessionRow(
    long Id,
    string UserId,
    string ExerciseId,
    long? BeforeRating,
    long? AfterRating,
    string State,
    string StartedAt,
    string? EndedAt)
{
    public const string Columns = """
        id AS Id, user_id AS UserId, exercise_id AS ExerciseId, before_rating AS BeforeRating,
        after_rating AS AfterRating, state AS State, started_at AS StartedAt, ended_at AS EndedAt
        """;

    public StoredGroundingSession ToStored() => new(
        Id,
        DbValues.ParseId(UserId),
        ExerciseId,
        BeforeRating is { } before ? checked((int)before) : null,
        AfterRating is { } after ? checked((int)after) : null,
        State,
        DbValues.ParseTime(StartedAt),
        DbValues.ParseOptionalTime(EndedAt));
}
