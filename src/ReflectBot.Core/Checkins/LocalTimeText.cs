using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace ReflectBot.Core.Checkins;

/// <summary>Reads and writes a check-in time as a person types it: "9:00" or "09:00", on a 24-hour clock.</summary>
public static partial class LocalTimeText
{
    private static readonly LocalTimePattern HoursAndMinutes = LocalTimePattern.Create("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>Accepts "H:MM" and "HH:MM" from 00:00 to 23:59, ignoring surrounding spaces; nothing else.</summary>
    public static bool TryParse(string? text, out LocalTime time)
    {
        time = default;
        var match = text is null ? Match.Empty : HoursColonMinutes().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new LocalTime(hour, minute);
        return true;
    }

    /// <summary>"HH:mm", e.g. "09:05"; seconds are dropped.</summary>
    public static string Format(LocalTime time) => HoursAndMinutes.Format(time);

    [GeneratedRegex("^(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursColonMinutes();
}
