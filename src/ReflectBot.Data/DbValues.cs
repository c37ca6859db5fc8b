using System.Globalization;

namespace ReflectBot.Data;

/// <summary>The one place that decides how ids and times look in the database.</summary>
internal static class DbValues
{
    private const string LocalDateFormat = "yyyy-MM-dd";
    private const string ClockTimeFormat = "HH:mm";

    // Snowflakes exceed long's range only in theory, but TEXT keeps them exact and readable in any tool.
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string? Id(ulong? id) => id is { } value ? Id(value) : null;

    public static ulong ParseId(string text) => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    public static ulong? ParseOptionalId(string? text) => text is null ? null : ParseId(text);

    // Round-trip UTC text sorts in time order and compares as plain strings.
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? time) => time is { } value ? Time(value) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseOptionalTime(string? text) => text is null ? null : ParseTime(text);

    // A person's or server's own calendar day; 'yyyy-MM-dd' sorts in date order as text.
    public static string LocalDate(DateOnly date) => date.ToString(LocalDateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseLocalDate(string text) => DateOnly.ParseExact(text, LocalDateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseOptionalLocalDate(string? text) => text is null ? null : ParseLocalDate(text);

    // A wall-clock time to the minute; seconds are dropped because schedules are set in minutes.
    public static string ClockTime(TimeOnly time) => time.ToString(ClockTimeFormat, CultureInfo.InvariantCulture);

    public static TimeOnly ParseClockTime(string text) => TimeOnly.ParseExact(text, ClockTimeFormat, CultureInfo.InvariantCulture);

    public static long Flag(bool value) => value ? 1 : 0;
}
