namespace ReflectBot.Data.Reflection;

/// <summary>A guild_reflection_settings row as SQLite returns it, before ids and times are parsed.</summary>
internal sealed record GuildReflectionRow(
    string GuildId,
    string ChannelId,
    string LocalTime,
    string TimeZone,
    long StartThread,
    string NextDueAt,
    string UpdatedAt)
{
    public const string Columns = """
        guild_id AS GuildId, channel_id AS ChannelId, local_time AS LocalTime, time_zone AS TimeZone,
        start_thread AS StartThread, next_due_at AS NextDueAt, updated_at AS UpdatedAt
        """;

    public StoredGuildReflection ToStored() => new(
        DbValues.ParseId(GuildId),
        DbValues.ParseId(ChannelId),
        DbValues.ParseClockTime(LocalTime),
        TimeZone,
        StartThread != 0,
        DbValues.ParseTime(NextDueAt),
        DbValues.ParseTime(UpdatedAt));
}
