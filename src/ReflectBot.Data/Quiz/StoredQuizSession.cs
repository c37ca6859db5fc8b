namespace ReflectBot.Data.Quiz;

/// <summary>
/// A quiz in progress. <see cref="Answers"/> are the answers given so far, in the order of
/// <see cref="ItemIds"/>; <see cref="Version"/> is what the next change must name to be accepted.
/// Mode is "short" or "full"; the host maps it to its own type.
/// </summary>
public sealed record StoredQuizSession(
    ulong UserId,
    string Mode,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<int> Answers,
    long Version,
    ulong OriginChannelId,
    ulong? OriginGuildId,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt);
