using ReflectBot.Data.Checkins;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class CheckinClaimTests
{
    [Fact]
    public async Task Claiming_moves_the_due_time_on_and_records_a_pending_delivery_with_its_prompt()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);

        var delivery = await checkins.ClaimAsync(DailyClaim(Ada, DueTomorrow), CancellationToken.None);

        Assert.NotNull(delivery);
        Assert.Equal(
            (Ada, DeliveryKind.Daily, Tomorrow, "prompt-a", DueTomorrow, DeliveryState.Pending, 0, (DateTimeOffset?)null),
            (delivery.UserId, delivery.Kind, delivery.LocalDate, delivery.PromptId, delivery.DueAt, delivery.State, delivery.Attempts, delivery.SentAt));
        Assert.Equal(DueDayAfter, (await checkins.GetAsync(Ada, CancellationToken.None))!.NextDueAt);
        Assert.Equal(delivery, await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None));
        var cycle = await checkins.GetPromptCycleAsync(Ada, CancellationToken.None);
        Assert.Equal(1, cycle.Cycle);
        Assert.Equal(["prompt-a"], cycle.Used);
    }

    [Fact]
    public async Task Claiming_twice_with_the_same_expected_due_time_gives_one_delivery()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);

        var first = await checkins.ClaimAsync(DailyClaim(Ada, DueTomorrow), CancellationToken.None);
        // A second wake-up that read the same due time, even computing another day and next time, claims nothing.
        var stale = new DeliveryClaim(Ada, DeliveryKind.Daily, DueTomorrow, Tomorrow.AddDays(1), "prompt-b", 1, DueDayAfter.AddDays(5), now);
        var second = await checkins.ClaimAsync(stale, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, await database.CountAsync("checkin_deliveries"));
        Assert.Equal(["prompt-a"], (await checkins.GetPromptCycleAsync(Ada, CancellationToken.None)).Used);
        Assert.Equal(DueDayAfter, (await checkins.GetAsync(Ada, CancellationToken.None))!.NextDueAt);
    }

    [Fact]
    public async Task A_second_claim_for_the_same_local_date_moves_the_due_time_but_records_nothing()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAndClaimAsync(Ada, now);
        var sameDay = new DeliveryClaim(Ada, DeliveryKind.Daily, DueDayAfter, Tomorrow, "prompt-b", 1, DueDayAfter.AddDays(1), now);

        Assert.Null(await checkins.ClaimAsync(sameDay, CancellationToken.None));

        Assert.Equal(1, await database.CountAsync("checkin_deliveries"));
        Assert.Equal(DueDayAfter.AddDays(1), (await checkins.GetAsync(Ada, CancellationToken.None))!.NextDueAt);
        Assert.DoesNotContain("prompt-b", (await checkins.GetPromptCycleAsync(Ada, CancellationToken.None)).Used);
    }

    [Fact]
    public async Task Claiming_an_expired_pause_makes_it_active_again()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.PauseAsync(Ada, Tomorrow, DueTomorrow, now, CancellationToken.None);

        Assert.NotNull(await checkins.ClaimAsync(DailyClaim(Ada, DueTomorrow), CancellationToken.None));

        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((CheckinStatus.Active, (DateOnly?)null), (stored!.Status, stored.PausedUntil));
    }

    [Fact]
    public async Task Claiming_a_stopped_subscription_returns_null_and_records_nothing()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.StopAsync(Ada, now, CancellationToken.None);

        Assert.Null(await checkins.ClaimAsync(DailyClaim(Ada, DueTomorrow), CancellationToken.None));

        Assert.Equal(0, await database.CountAsync("checkin_deliveries"));
        Assert.Equal(0, await database.CountAsync("user_prompt_history"));
    }

    [Fact]
    public async Task A_summary_claim_moves_only_the_summary_time_and_has_no_prompt()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        var claim = new DeliveryClaim(Ada, DeliveryKind.Summary, SummaryDue, Tomorrow, null, 0, SummaryDue.AddDays(7), SummaryDue);

        var summary = await checkins.ClaimAsync(claim, CancellationToken.None);

        Assert.Equal((DeliveryKind.Summary, (string?)null), (summary!.Kind, summary.PromptId));
        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal(((DateTimeOffset?)SummaryDue.AddDays(7), (DateTimeOffset?)DueTomorrow), (stored!.NextSummaryAt, stored.NextDueAt));
        Assert.Null(await checkins.ClaimAsync(claim, CancellationToken.None));
        Assert.Equal(PromptCycle.None.Cycle, (await checkins.GetPromptCycleAsync(Ada, CancellationToken.None)).Cycle);
    }

    [Fact]
    public async Task A_summary_claim_with_a_prompt_or_an_unknown_kind_is_refused()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        await Assert.ThrowsAsync<ArgumentException>(() => checkins.ClaimAsync(
            new DeliveryClaim(Ada, DeliveryKind.Summary, SummaryDue, Tomorrow, "prompt-a", 1, SummaryDue, now), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => checkins.ClaimAsync(
            new DeliveryClaim(Ada, "weekly", SummaryDue, Tomorrow, null, 1, SummaryDue, now), CancellationToken.None));
    }

    [Fact]
    public async Task Each_delivery_gets_its_own_nonce_that_fits_discord()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();

        var first = await checkins.SubscribeAndClaimAsync(Ada, now);
        var second = await checkins.SubscribeAndClaimAsync(Ben, now);

        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.All(new[] { first.Nonce, second.Nonce }, nonce => Assert.Matches("^rb[a-z2-7]{20}$", nonce));
    }

    [Fact]
    public async Task The_prompt_cycle_is_the_highest_cycle_with_only_its_prompts()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        Assert.Equal((0, 0), await CycleAsync(checkins));
        await checkins.SubscribeAsync(Ada, now);
        var due = DueTomorrow;
        var day = Tomorrow;
        foreach (var (prompt, cycle) in new[] { ("prompt-a", 1), ("prompt-b", 1), ("prompt-b", 2) })
        {
            await checkins.ClaimAsync(new DeliveryClaim(Ada, DeliveryKind.Daily, due, day, prompt, cycle, due.AddDays(1), now), CancellationToken.None);
            due = due.AddDays(1);
            day = day.AddDays(1);
        }

        var current = await checkins.GetPromptCycleAsync(Ada, CancellationToken.None);

        Assert.Equal(2, current.Cycle);
        Assert.Equal(["prompt-b"], current.Used);
        Assert.Equal(0, (await checkins.GetPromptCycleAsync(Ben, CancellationToken.None)).Cycle);
    }

    [Fact]
    public async Task The_first_check_in_is_recorded_for_today_without_touching_the_due_time()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);

        var first = await checkins.RecordImmediateAsync(Ada, Today, "prompt-a", 1, now, CancellationToken.None);
        var again = await checkins.RecordImmediateAsync(Ada, Today, "prompt-b", 1, now, CancellationToken.None);

        Assert.Equal((Today, DeliveryState.Pending, now, "prompt-a"), (first.LocalDate, first.State, first.DueAt, first.PromptId));
        Assert.Equal(first, again);
        Assert.Equal(["prompt-a"], (await checkins.GetPromptCycleAsync(Ada, CancellationToken.None)).Used);
        Assert.Equal(DueTomorrow, (await checkins.GetAsync(Ada, CancellationToken.None))!.NextDueAt);
        Assert.True(await checkins.HasDeliveryAsync(Ada, DeliveryKind.Daily, Today, CancellationToken.None));
        Assert.False(await checkins.HasDeliveryAsync(Ada, DeliveryKind.Summary, Today, CancellationToken.None));
        Assert.False(await checkins.HasDeliveryAsync(Ada, DeliveryKind.Daily, Tomorrow, CancellationToken.None));
    }

    private static async Task<(int Cycle, int Used)> CycleAsync(CheckinRepository checkins)
    {
        var cycle = await checkins.GetPromptCycleAsync(Ada, CancellationToken.None);
        return (cycle.Cycle, cycle.Used.Count);
    }
}
