using Microsoft.Extensions.Time.Testing;
using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class CheckinScheduleTests
{
    private static readonly LocalTime NineOClock = new(9, 0);
    private static readonly LocalTime HalfPastTwo = new(2, 30);

    [Theory]
    [InlineData("America/New_York", "2026-03-01T18:00:00Z")]
    [InlineData("America/New_York", "2026-10-25T18:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-22T12:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-18T12:00:00Z")]
    [InlineData("Australia/Sydney", "2026-03-29T12:00:00Z")]
    [InlineData("Australia/Sydney", "2026-09-27T12:00:00Z")]
    public void NextDue_AcrossAClockChange_StaysAtNineLocalOncePerDate(string zoneId, string start)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        var previousDate = CheckinSchedule.LocalDateOf(Now(clock), zone);
        var offsets = new HashSet<Offset>();

        // Each start is past 09:00 local, so the first send is tomorrow. Two weeks from a week before the change
        // to a week after it, advancing the clock to each send.
        for (var day = 0; day < 14; day++)
        {
            var due = CheckinSchedule.NextDue(NineOClock, zone, Now(clock));
            var local = due.InZone(zone);
            Assert.Equal(NineOClock, local.TimeOfDay);
            Assert.Equal(previousDate.PlusDays(1), local.Date);
            offsets.Add(local.Offset);
            previousDate = local.Date;
            clock.SetUtcNow(due.ToDateTimeOffset());
        }

        Assert.Equal(2, offsets.Count);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T07:00:00Z")]
    [InlineData("Europe/Berlin", "2026-03-29", "2026-03-29T01:00:00Z")]
    [InlineData("Australia/Sydney", "2026-10-04", "2026-10-03T16:00:00Z")]
    public void NextDue_SpringForwardGap_SendsAtFirstValidMinute(string zoneId, string gapDay, string expected)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var date = LocalDate.FromDateTime(DateTime.Parse(gapDay, System.Globalization.CultureInfo.InvariantCulture));
        var dayBefore = CheckinSchedule.DueOn(HalfPastTwo, zone, date.PlusDays(-1));

        var due = CheckinSchedule.NextDue(HalfPastTwo, zone, dayBefore);

        Assert.Equal(InstantOf(expected), due);
        Assert.Equal(date.At(new LocalTime(3, 0)), due.InZone(zone).LocalDateTime);
        Assert.Equal(due, CheckinSchedule.DueOn(HalfPastTwo, zone, date));
    }

    [Theory]
    [InlineData("America/New_York", 1, "2026-11-01", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-11-02T06:30:00Z")]
    [InlineData("Europe/Berlin", 2, "2026-10-25", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-26T01:30:00Z")]
    [InlineData("Australia/Sydney", 2, "2026-04-05", "2026-04-04T15:30:00Z", "2026-04-04T16:30:00Z", "2026-04-05T16:30:00Z")]
    public void NextDue_FallBackOverlap_SendsOnlyAtTheEarlierOccurrence(
        string zoneId, int hour, string overlapDay, string earlier, string later, string nextDay)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var time = new LocalTime(hour, 30);
        var date = LocalDate.FromDateTime(DateTime.Parse(overlapDay, System.Globalization.CultureInfo.InvariantCulture));
        var dayBefore = CheckinSchedule.DueOn(time, zone, date.PlusDays(-1));

        var first = CheckinSchedule.NextDue(time, zone, dayBefore);
        var afterFirst = CheckinSchedule.NextDue(time, zone, first);
        var betweenTheTwo = CheckinSchedule.NextDue(time, zone, first + Duration.FromMinutes(30));

        Assert.Equal(InstantOf(earlier), first);
        Assert.Equal(InstantOf(earlier), CheckinSchedule.DueOn(time, zone, date));
        Assert.Equal(InstantOf(nextDay), afterFirst);
        Assert.Equal(InstantOf(nextDay), betweenTheTwo);
        Assert.NotEqual(InstantOf(later), afterFirst);
        Assert.Equal(date.PlusDays(1).At(time), afterFirst.InZone(zone).LocalDateTime);
    }

    [Fact]
    public void NextDue_IsStrictlyAfterTheGivenInstant()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var due = CheckinSchedule.DueOn(NineOClock, zone, new LocalDate(2026, 6, 10));

        Assert.Equal(due, CheckinSchedule.NextDue(NineOClock, zone, due - Duration.Epsilon));
        Assert.Equal(CheckinSchedule.DueOn(NineOClock, zone, new LocalDate(2026, 6, 11)), CheckinSchedule.NextDue(NineOClock, zone, due));
    }

    [Fact]
    public void NextDueFromDate_AfterAPause_ResumesOnTodayPlusTheDays()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 5, 20, 0, 0, TimeSpan.Zero));
        var today = CheckinSchedule.LocalDateOf(Now(clock), zone);

        // A three-day pause from Thursday resumes on Sunday, the day the clocks change.
        var resume = CheckinSchedule.NextDueFromDate(NineOClock, zone, today.PlusDays(3), Now(clock));

        Assert.Equal(new LocalDate(2026, 3, 5), today);
        Assert.Equal(InstantOf("2026-03-08T13:00:00Z"), resume);
        Assert.Equal(new LocalDate(2026, 3, 8).At(NineOClock), resume.InZone(zone).LocalDateTime);
    }

    [Fact]
    public void NextDueFromDate_WhenTodayWasAlreadyDelivered_StartsTomorrowEvenBeforeTodaysTime()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero));
        var today = CheckinSchedule.LocalDateOf(Now(clock), zone);

        Assert.Equal(InstantOf("2026-03-05T14:00:00Z"), CheckinSchedule.NextDueFromDate(NineOClock, zone, today, Now(clock)));
        Assert.Equal(InstantOf("2026-03-06T14:00:00Z"), CheckinSchedule.NextDueFromDate(NineOClock, zone, today.PlusDays(1), Now(clock)));
    }

    [Fact]
    public void NextDueFromDate_WithAPastFirstDate_IsTheNextDueAfterNow()
    {
        var zone = DateTimeZoneProviders.Tzdb["Australia/Sydney"];
        var now = InstantOf("2026-07-01T05:00:00Z");

        var due = CheckinSchedule.NextDueFromDate(NineOClock, zone, new LocalDate(2026, 1, 1), now);

        Assert.Equal(CheckinSchedule.NextDue(NineOClock, zone, now), due);
        Assert.Equal(new LocalDate(2026, 7, 2).At(NineOClock), due.InZone(zone).LocalDateTime);
    }

    [Fact]
    public void LocalDateOf_GivesTheDateOnThePersonsClock()
    {
        var instant = InstantOf("2026-06-01T23:30:00Z");

        Assert.Equal(new LocalDate(2026, 6, 2), CheckinSchedule.LocalDateOf(instant, DateTimeZoneProviders.Tzdb["Australia/Sydney"]));
        Assert.Equal(new LocalDate(2026, 6, 1), CheckinSchedule.LocalDateOf(instant, DateTimeZoneProviders.Tzdb["America/New_York"]));
    }

    private static Instant Now(FakeTimeProvider clock) => Instant.FromDateTimeOffset(clock.GetUtcNow());

    private static Instant InstantOf(string utc) =>
        Instant.FromDateTimeOffset(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
}
