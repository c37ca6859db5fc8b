using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// When things happen for one person, in their own zone: today's date, the next check-in and the
/// next weekly summary. The rules (daylight saving, skipped and doubled hours) live in Core.
/// </summary>
public sealed class CheckinPlanner(TimeProvider timeProvider)
{
    /// <summary>Weekly summaries arrive on Sunday evening, apart from the daily check-in.</summary>
    public static readonly LocalTime SummaryTime = new(18, 0);

    public Instant Now => Instant.FromDateTimeOffset(timeProvider.GetUtcNow());

    public LocalDate Today(DateTimeZone zone) => CheckinSchedule.LocalDateOf(Now, zone);

    /// <summary>The next daily check-in; when today's has already gone out, the first one tomorrow.</summary>
    public Instant NextDaily(LocalTime time, DateTimeZone zone, bool deliveredToday)
    {
        var today = Today(zone);
        return CheckinSchedule.NextDueFromDate(time, zone, deliveredToday ? today.PlusDays(1) : today, Now);
    }

    /// <summary>The first check-in on the day a pause of <paramref name="days"/> days ends.</summary>
    public Instant AfterPause(LocalTime time, DateTimeZone zone, int days)
        => CheckinSchedule.NextDueFromDate(time, zone, Today(zone).PlusDays(days), Now);

    /// <summary>The next Sunday evening strictly after <paramref name="after"/>.</summary>
    public static Instant NextSummary(DateTimeZone zone, Instant after)
    {
        var date = CheckinSchedule.LocalDateOf(after, zone);
        while (true)
        {
            if (date.DayOfWeek == IsoDayOfWeek.Sunday && CheckinSchedule.DueOn(SummaryTime, zone, date) is var due && due > after)
            {
                return due;
            }

            date = date.PlusDays(1);
        }
    }
}
