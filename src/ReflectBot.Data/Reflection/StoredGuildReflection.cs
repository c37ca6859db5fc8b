namespace ReflectBot.Data.Reflection;

/// <summary>A server's prompt of the day: the channel, the local time and IANA zone it is posted at, and when it is next due.</summary>
public sealed record StoredGuildReflection(
    ulong GuildId,
    ulong ChannelId,
    TimeOnly LocalTime,
    string TimeZone,
    bool StartThread,
    DateTimeOffset NextDueAt,
    DateTimeOffset UpdatedAt);
