namespace ReflectBot.Data.Checkins;

/// <summary>
/// A person's check-in subscription. <see cref="Status"/> is one of <see cref="CheckinStatus"/>;
/// <see cref="NextDueAt"/> is set while active or paused, <see cref="PausedUntil"/> only while paused.
/// </summary>
public sealed record StoredCheckin(
    ulong UserId,
    TimeOnly LocalTime,
    string TimeZone,
    string Status,
    DateTimeOffset? NextDueAt,
    DateOnly? PausedUntil,
    ulong? DmChannelId,
    int ConsecutiveFailures,
    bool WeeklySummary,
    DateTimeOffset? NextSummaryAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
