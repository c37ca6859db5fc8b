namespace ReflectBot.Data.Quiz;

/// <summary>
/// A finished quiz with its two scores (1 to 7) and the pattern they lean toward;
/// <see cref="NearPattern"/> names the neighbouring pattern when the result sits near the line.
/// Mode and patterns are plain strings; the host maps them to its own types.
/// </summary>
public sealed record StoredQuizResult(
    long Id,
    ulong UserId,
    string Mode,
    double Anxiety,
    double Avoidance,
    string Pattern,
    string? NearPattern,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<int> Answers,
    DateTimeOffset TakenAt);
