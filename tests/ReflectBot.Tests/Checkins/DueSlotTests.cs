using ReflectBot.Commands.Checkins;

namespace ReflectBot.Tests.Checkins;

/// <summary>Where a due check-in belongs and what comes after it, seen from now.</summary>
public sealed class DueSlotTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromHours(2);

    [Fact]
    public void A_slot_due_a_minute_ago_belongs_to_its_local_date_and_is_not_late()
    {
        var due = new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero);

        var slot = DueSlot.Daily(new TimeOnly(9, 30), "Australia/Sydney", due, due.AddMinutes(1), Grace);

        Assert.Equal(new DateOnly(2026, 3, 30), slot.LocalDate);
        Assert.False(slot.IsLate);
        Assert.Equal(due.AddDays(1), slot.Next);
    }

    [Fact]
    public void After_three_days_away_the_slot_is_late_and_the_next_one_is_after_now_not_a_missed_day()
    {
        var due = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var now = due.AddDays(3).AddHours(1);

        var slot = DueSlot.Daily(new TimeOnly(8, 0), "UTC", due, now, Grace);

        Assert.True(slot.IsLate);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), slot.Next);
    }

    [Theory]
    [InlineData(119, false)]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void Lateness_starts_just_past_the_grace_window(int minutesLate, bool late)
    {
        var due = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(late, DueSlot.IsTooLate(due, due.AddMinutes(minutesLate), Grace));
    }

    [Fact]
    public void A_weekly_summary_slot_moves_to_the_next_sunday_evening_in_the_persons_zone()
    {
        var sunday = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);

        var slot = DueSlot.WeeklySummary("Europe/Berlin", sunday, sunday, Grace);

        Assert.Equal(new DateOnly(2026, 11, 22), slot.LocalDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero), slot.Next);
    }
}
