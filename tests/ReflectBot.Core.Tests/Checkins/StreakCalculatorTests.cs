using NodaTime;
using ReflectBot.Core.Checkins;

namespace ReflectBot.Core.Tests.Checkins;

public sealed class StreakCalculatorTests
{
    private static readonly LocalDate Today = new(2026, 6, 10);

    [Fact]
    public void No_answers_give_no_streak()
    {
        Assert.Equal(new Streak(0, 0, null), StreakCalculator.Compute([], Today));
    }

    [Fact]
    public void A_run_ending_today_counts_every_day_of_it()
    {
        var streak = StreakCalculator.Compute(Days(-2, -1, 0), Today);

        Assert.Equal(new Streak(3, 3, Today), streak);
    }

    [Fact]
    public void Today_not_yet_answered_keeps_yesterdays_streak_alive()
    {
        var streak = StreakCalculator.Compute(Days(-3, -2, -1), Today);

        Assert.Equal(new Streak(3, 3, Today.PlusDays(-1)), streak);
    }

    [Fact]
    public void A_last_answer_before_yesterday_ends_the_streak_but_not_the_longest()
    {
        var streak = StreakCalculator.Compute(Days(-5, -4, -3, -2), Today);

        Assert.Equal(new Streak(0, 4, Today.PlusDays(-2)), streak);
    }

    [Fact]
    public void A_gap_starts_the_current_run_again()
    {
        var streak = StreakCalculator.Compute(Days(-9, -8, -7, -6, -4, -1, 0), Today);

        Assert.Equal(new Streak(2, 4, Today), streak);
    }

    [Fact]
    public void Repeated_and_unordered_dates_count_once()
    {
        var streak = StreakCalculator.Compute(Days(0, -1, 0, -1, -2, -2), Today);

        Assert.Equal(new Streak(3, 3, Today), streak);
    }

    [Fact]
    public void The_same_answers_make_different_streaks_in_Sydney_and_New_York()
    {
        // 13:00Z is 09:00 in New York and 23:00 in Sydney; 15:00Z the next day is 11:00 there and 01:00 two days on here.
        Instant[] answers = [Instant.FromUtc(2026, 6, 1, 13, 0), Instant.FromUtc(2026, 6, 2, 15, 0)];
        var now = Instant.FromUtc(2026, 6, 2, 16, 0);

        var newYork = StreakIn("America/New_York", answers, now);
        var sydney = StreakIn("Australia/Sydney", answers, now);

        Assert.Equal(new Streak(2, 2, new LocalDate(2026, 6, 2)), newYork);
        Assert.Equal(new Streak(1, 1, new LocalDate(2026, 6, 3)), sydney);
    }

    private static Streak StreakIn(string zoneId, IEnumerable<Instant> answers, Instant now)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        return StreakCalculator.Compute(
            answers.Select(answer => CheckinSchedule.LocalDateOf(answer, zone)),
            CheckinSchedule.LocalDateOf(now, zone));
    }

    private static LocalDate[] Days(params int[] offsets) => [.. offsets.Select(Today.PlusDays)];
}
