using ReflectBot.Data.Checkins;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class CheckinSubscriptionTests
{
    [Fact]
    public async Task Subscribing_records_the_person_and_an_active_subscription_due_at_the_given_time()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await checkins.SubscribeAsync(Ada, now);

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal(
            new StoredCheckin(Ada, NineInTheMorning, Zone, CheckinStatus.Active, DueTomorrow, null, null, 0, true, SummaryDue, now, now),
            stored);
        Assert.Equal(1, await database.CountAsync("users"));
    }

    [Fact]
    public async Task Getting_someone_who_never_opted_in_returns_null()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();

        Assert.Null(await checkins.GetAsync(Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Local_times_are_kept_to_the_minute()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();

        await checkins.SubscribeAsync(Ada, new TimeOnly(21, 45, 30), Zone, DueTomorrow, SummaryDue, database.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(new TimeOnly(21, 45), (await checkins.GetAsync(Ada, CancellationToken.None))!.LocalTime);
    }

    [Fact]
    public async Task Subscribing_again_reactivates_and_keeps_the_dm_channel_and_summary_choice_but_not_the_failures()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        await checkins.SetDmChannelAsync(Ada, DmChannel, CancellationToken.None);
        await checkins.SetWeeklySummaryAsync(Ada, enabled: false, nextSummaryAt: null, now, CancellationToken.None);
        await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 1, now, CancellationToken.None);
        var later = now.AddDays(2);

        await checkins.SubscribeAsync(Ada, new TimeOnly(20, 0), "Asia/Tokyo", DueDayAfter, SummaryDue, later, CancellationToken.None);

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal(
            new StoredCheckin(Ada, new TimeOnly(20, 0), "Asia/Tokyo", CheckinStatus.Active, DueDayAfter, null, DmChannel, 0, false, SummaryDue, now, later),
            stored);
        Assert.False(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Pausing_sets_the_resume_day_and_its_first_due_time()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        var resumeOn = Today.AddDays(7);
        var firstDue = DueTomorrow.AddDays(6);

        Assert.True(await checkins.PauseAsync(Ada, resumeOn, firstDue, now, CancellationToken.None));

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal(CheckinStatus.Paused, stored!.Status);
        Assert.Equal(resumeOn, stored.PausedUntil);
        Assert.Equal(firstDue, stored.NextDueAt);
    }

    [Fact]
    public async Task Pausing_is_refused_without_a_subscription_or_once_stopped_or_unreachable()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.StopAsync(Ada, now, CancellationToken.None);
        var delivery = await checkins.SubscribeAndClaimAsync(Ben, now);
        await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 1, now, CancellationToken.None);

        Assert.False(await checkins.PauseAsync(Ada, Tomorrow, DueTomorrow, now, CancellationToken.None));
        Assert.False(await checkins.PauseAsync(Ben, Tomorrow, DueTomorrow, now, CancellationToken.None));
        Assert.False(await checkins.PauseAsync(42, Tomorrow, DueTomorrow, now, CancellationToken.None));
        Assert.Equal(CheckinStatus.Stopped, (await checkins.GetAsync(Ada, CancellationToken.None))!.Status);
        Assert.Null((await checkins.GetAsync(Ben, CancellationToken.None))!.NextDueAt);
    }

    [Fact]
    public async Task Resuming_a_pause_makes_it_active_again_at_the_new_due_time()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.PauseAsync(Ada, Today.AddDays(7), DueTomorrow.AddDays(6), now, CancellationToken.None);

        Assert.True(await checkins.ResumeAsync(Ada, DueTomorrow, now, CancellationToken.None));

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((CheckinStatus.Active, (DateOnly?)null, (DateTimeOffset?)DueTomorrow), (stored!.Status, stored.PausedUntil, stored.NextDueAt));
    }

    [Fact]
    public async Task Resuming_an_unreachable_subscription_forgives_the_failures_and_drops_the_notice()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 1, now, CancellationToken.None);

        Assert.True(await checkins.ResumeAsync(Ada, DueDayAfter, now, CancellationToken.None));

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((CheckinStatus.Active, 0, (DateTimeOffset?)DueDayAfter), (stored!.Status, stored.ConsecutiveFailures, stored.NextDueAt));
        Assert.False(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
    }

    [Fact]
    public async Task Resuming_is_refused_when_active_stopped_or_missing()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.SubscribeAsync(Ben, now);
        await checkins.StopAsync(Ben, now, CancellationToken.None);

        Assert.False(await checkins.ResumeAsync(Ada, DueDayAfter, now, CancellationToken.None));
        Assert.False(await checkins.ResumeAsync(Ben, DueDayAfter, now, CancellationToken.None));
        Assert.False(await checkins.ResumeAsync(42, DueDayAfter, now, CancellationToken.None));
        Assert.Equal(DueTomorrow, (await checkins.GetAsync(Ada, CancellationToken.None))!.NextDueAt);
        Assert.Equal(CheckinStatus.Stopped, (await checkins.GetAsync(Ben, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Stopping_clears_the_due_time_and_skips_the_pending_dms_of_that_person_only()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var adas = await checkins.SubscribeAndClaimAsync(Ada, now);
        var bens = await checkins.SubscribeAndClaimAsync(Ben, now);

        Assert.True(await checkins.StopAsync(Ada, now, CancellationToken.None));
        Assert.False(await checkins.StopAsync(Ada, now, CancellationToken.None));

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((CheckinStatus.Stopped, (DateTimeOffset?)null), (stored!.Status, stored.NextDueAt));
        var skipped = await checkins.GetDeliveryAsync(adas.Id, CancellationToken.None);
        Assert.Equal((DeliveryState.Skipped, "stopped"), (skipped!.State, skipped.Failure));
        Assert.Equal([bens.Id], (await checkins.GetPendingAsync(DeliveryKind.Daily, 10, CancellationToken.None)).Select(d => d.Id));
    }

    [Fact]
    public async Task Stopping_without_a_subscription_reports_false()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();

        Assert.False(await checkins.StopAsync(Ada, database.Time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task The_weekly_summary_can_be_turned_off_and_on_again()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);

        Assert.True(await checkins.SetWeeklySummaryAsync(Ada, false, null, now, CancellationToken.None));
        Assert.Empty(await checkins.GetDueSummariesAsync(SummaryDue.AddDays(30), 10, CancellationToken.None));

        Assert.True(await checkins.SetWeeklySummaryAsync(Ada, true, SummaryDue.AddDays(7), now, CancellationToken.None));
        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((true, (DateTimeOffset?)SummaryDue.AddDays(7)), (stored!.WeeklySummary, stored.NextSummaryAt));
    }

    [Fact]
    public async Task The_weekly_summary_cannot_be_turned_on_without_a_time_or_for_someone_not_subscribed()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await Assert.ThrowsAsync<ArgumentNullException>(
            () => checkins.SetWeeklySummaryAsync(Ada, true, null, now, CancellationToken.None));
        Assert.False(await checkins.SetWeeklySummaryAsync(Ada, true, SummaryDue, now, CancellationToken.None));
    }

    [Fact]
    public async Task Due_lists_active_rows_and_expired_pauses_at_or_before_now_earliest_first()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, NineInTheMorning, Zone, DueTomorrow.AddMinutes(5), SummaryDue, now, CancellationToken.None);
        await checkins.SubscribeAsync(Ben, now);
        await checkins.PauseAsync(Ben, Tomorrow, DueTomorrow, now, CancellationToken.None);
        await checkins.SubscribeAsync(3, NineInTheMorning, Zone, DueTomorrow.AddMinutes(6), SummaryDue, now, CancellationToken.None);
        await checkins.SubscribeAsync(4, now);
        await checkins.StopAsync(4, now, CancellationToken.None);

        var due = await checkins.GetDueAsync(DueTomorrow.AddMinutes(5), 10, CancellationToken.None);

        Assert.Equal([Ben, Ada], due.Select(c => c.UserId));
        Assert.Single(await checkins.GetDueAsync(DueTomorrow.AddMinutes(5), 1, CancellationToken.None));
        Assert.Empty(await checkins.GetDueAsync(DueTomorrow.AddTicks(-1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Due_summaries_are_only_for_active_rows_with_the_summary_on()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.SubscribeAsync(Ben, now);
        await checkins.PauseAsync(Ben, Tomorrow, DueTomorrow, now, CancellationToken.None);
        await checkins.SubscribeAsync(3, now);
        await checkins.SetWeeklySummaryAsync(3, false, null, now, CancellationToken.None);

        Assert.Equal([Ada], (await checkins.GetDueSummariesAsync(SummaryDue, 10, CancellationToken.None)).Select(c => c.UserId));
        Assert.Empty(await checkins.GetDueSummariesAsync(SummaryDue.AddTicks(-1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task The_next_wake_is_the_earliest_check_in_or_summary_and_null_when_nothing_runs()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        Assert.Null(await checkins.GetNextWakeAsync(CancellationToken.None));

        var early = DueTomorrow.AddHours(-20);
        await checkins.SubscribeAsync(Ada, NineInTheMorning, Zone, DueTomorrow, early, now, CancellationToken.None);
        Assert.Equal(early, await checkins.GetNextWakeAsync(CancellationToken.None));

        await checkins.SetWeeklySummaryAsync(Ada, false, null, now, CancellationToken.None);
        Assert.Equal(DueTomorrow, await checkins.GetNextWakeAsync(CancellationToken.None));

        await checkins.PauseAsync(Ada, Tomorrow, DueDayAfter, now, CancellationToken.None);
        Assert.Equal(DueDayAfter, await checkins.GetNextWakeAsync(CancellationToken.None));

        await checkins.StopAsync(Ada, now, CancellationToken.None);
        Assert.Null(await checkins.GetNextWakeAsync(CancellationToken.None));
    }
}
