using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// One due moment of a schedule, seen from now: the local date it belongs to, when the next one
/// falls, and whether it is already too late to send (more than the grace window behind).
/// </summary>
public readonly record struct DueSlot(DateTimeZone Zone, DateOnly LocalDate, DateTimeOffset Next, bool IsLate)
{
    /// <summary>A daily slot at <paramref name="time"/>; the next one is the first after both the due time and now, so missed days are not replayed.</summary>
    public static DueSlot Daily(TimeOnly time, string zoneId, DateTimeOffset dueAt, DateTimeOffset now, TimeSpan grace)
    {
        var zone = ZoneOf(zoneId);
        var next = CheckinSchedule.NextDue(LocalTime.FromTimeOnly(time), zone, Later(dueAt, now));
        return Create(zone, dueAt, next, now, grace);
    }

    /// <summary>A weekly summary slot: the next one is the following Sunday evening.</summary>
    public static DueSlot WeeklySummary(string zoneId, DateTimeOffset dueAt, DateTimeOffset now, TimeSpan grace)
    {
        var zone = ZoneOf(zoneId);
        return Create(zone, dueAt, CheckinPlanner.NextSummary(zone, Later(dueAt, now)), now, grace);
    }

    /// <summary>Whether a send due at <paramref name="dueAt"/> is too late at <paramref name="now"/>.</summary>
    public static bool IsTooLate(DateTimeOffset dueAt, DateTimeOffset now, TimeSpan grace) => now - dueAt > grace;

    // Zones are checked when they are stored and TZDB ids do not disappear; UTC is only a last resort.
    private static DateTimeZone ZoneOf(string zoneId) => TimeZoneDirectory.TryFind(zoneId, out var zone) ? zone : DateTimeZone.Utc;

    private static Instant Later(DateTimeOffset dueAt, DateTimeOffset now) => Instant.FromDateTimeOffset(dueAt > now ? dueAt : now);

    private static DueSlot Create(DateTimeZone zone, DateTimeOffset dueAt, Instant next, DateTimeOffset now, TimeSpan grace)
        => new(zone, CheckinSchedule.LocalDateOf(Instant.FromDateTimeOffset(dueAt), zone).ToDateOnly(), next.ToDateTimeOffset(), IsTooLate(dueAt, now, grace));
}
