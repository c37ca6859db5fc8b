namespace ReflectBot.Data.Checkins;

/// <summary>A checkin_subscriptions row as SQLite returns it, before ids, dates and times are parsed.</summary>
internal sealed record CheckinRow(
    string UserId,
    string LocalTime,
    string TimeZone,
    string Status,
    string? NextDueAt,
    string? PausedUntil,
    string? DmChannelId,
    long ConsecutiveFailures,
    long WeeklySummary,
    string? NextSummaryAt,
    string CreatedAt,
    string UpdatedAt)
{
    public const string Columns = """
        user_id AS UserId, local_time AS LocalTime, time_zone AS TimeZone, status AS Status,
        next_due_at AS NextDueAt, paused_until AS PausedUntil, dm_channel_id AS DmChannelId,
        consecutive_failures AS ConsecutiveFailures, weekly_summary AS WeeklySummary,
        next_summary_at AS NextSummaryAt, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public StoredCheckin ToStored() => new(
        DbValues.ParseId(UserId),
        DbValues.ParseClockTime(LocalTime),
        TimeZone,
        Status,
        DbValues.ParseOptionalTime(NextDueAt),
        DbValues.ParseOptionalLocalDate(PausedUntil),
        DbValues.ParseOptionalId(DmChannelId),
        checked((int)ConsecutiveFailures),
        WeeklySummary != 0,
        DbValues.ParseOptionalTime(NextSummaryAt),
        DbValues.ParseTime(CreatedAt),
        DbValues.ParseTime(UpdatedAt));
}
