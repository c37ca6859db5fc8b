using System.Globalization;

namespace ReflectBot.Data;

/// <summary>The one place that decides how ids and times look in the database.</summary>
internal static class DbValues
{
    // Snowflakes exceed long's range only in theory, but TEXT keeps them exact and readable in any tool.
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static ulong ParseId(string text) => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // Round-trip UTC text sorts in time order and compares as plain strings.
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
