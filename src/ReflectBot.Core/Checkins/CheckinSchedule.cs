using NodaTime;
using NodaTime.TimeZones;

namespace ReflectBot.Core.Checkins;

/// <summary>
/// When a daily check-in is due: at a wall-clock time in the person's zone, once per local date. A time that
/// daylight saving skips falls to the first valid instant after the gap; a time that happens twice counts
/// only at its earlier occurrence.
/// </summary>
public static class CheckinSchedule
{
    private static readonly ZoneLocalMappingResolver OncePerDate =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The first instant strictly after <paramref name="after"/> at which the check-in is due.</summary>
    public static Instant NextDue(LocalTime time, DateTimeZone zone, Instant after) =>
        NextDueFromDate(time, zone, LocalDateOf(after, zone).PlusDays(-1), after);

    /// <summary>The instant the check-in of local <paramref name="date"/> is due.</summary>
    public static Instant DueOn(LocalTime time, DateTimeZone zone, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ResolveLocal(date.At(time), OncePerDate).ToInstant();
    }

    /// <summary>The date the person's clock shows at <paramref name="instant"/>.</summary>
    public static LocalDate LocalDateOf(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return instant.InZone(zone).Date;
    }

    /// <summary>
    /// The first due instant on a local date on or after <paramref name="firstDate"/> that is also strictly after
    /// <paramref name="after"/>: resuming after a pause, or starting tomorrow when today's check-in already went out.
    /// </summary>
    public static Instant NextDueFromDate(LocalTime time, DateTimeZone zone, LocalDate firstDate, Instant after)
    {
        // The day before after's local date is where a due instant past after can first appear (a gap at midnight
        // can push one date's time into the next); earlier dates cannot, so start there unless firstDate is later.
        var earliest = LocalDateOf(after, zone).PlusDays(-1);
        for (var date = firstDate > earliest ? firstDate : earliest; ; date = date.PlusDays(1))
        {
            var due = DueOn(time, zone, date);
            if (due > after)
            {
                return due;
            }
        }
    }
}
