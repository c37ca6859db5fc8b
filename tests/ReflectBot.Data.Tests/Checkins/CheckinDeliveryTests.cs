using ReflectBot.Data.Checkins;
using static ReflectBot.Data.Tests.Checkins.CheckinTestData;

namespace ReflectBot.Data.Tests.Checkins;

public sealed class CheckinDeliveryTests
{
    private const ulong MessageId = 1_213_099_000_000_000_001;

    [Fact]
    public async Task Pending_deliveries_come_oldest_due_first_and_leave_once_handled()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var later = await checkins.SubscribeAndClaimAsync(Ada, now);
        var earlier = await checkins.RecordImmediateAsync(Ben, Today, "prompt-a", 1, now, CancellationToken.None);
        var third = await checkins.RecordImmediateAsync(3, Today, "prompt-a", 1, now, CancellationToken.None);

        Assert.Equal([earlier.Id, third.Id, later.Id], (await checkins.GetPendingAsync(DeliveryKind.Daily, 10, CancellationToken.None)).Select(d => d.Id));
        Assert.Single(await checkins.GetPendingAsync(DeliveryKind.Daily, 1, CancellationToken.None));

        await checkins.MarkSentAsync(earlier.Id, DmChannel, MessageId, now, CancellationToken.None);
        await checkins.MarkSkippedAsync(third.Id, "late", now, CancellationToken.None);

        Assert.Equal([later.Id], (await checkins.GetPendingAsync(DeliveryKind.Daily, 10, CancellationToken.None)).Select(d => d.Id));
    }

    [Fact]
    public async Task Pending_deliveries_are_listed_per_kind_so_one_kind_cannot_crowd_out_the_other()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var daily = await checkins.RecordImmediateAsync(Ada, Today, "prompt-a", 1, now, CancellationToken.None);
        await checkins.SubscribeAsync(Ben, new TimeOnly(9, 0), "UTC", now.AddDays(1), now.AddMinutes(-1), now, CancellationToken.None);
        var summary = await checkins.ClaimAsync(
            new DeliveryClaim(Ben, DeliveryKind.Summary, now.AddMinutes(-1), Today, null, 0, now.AddDays(7), now), CancellationToken.None);

        Assert.Equal([daily.Id], (await checkins.GetPendingAsync(DeliveryKind.Daily, 1, CancellationToken.None)).Select(d => d.Id));
        Assert.Equal([summary!.Id], (await checkins.GetPendingAsync(DeliveryKind.Summary, 1, CancellationToken.None)).Select(d => d.Id));
    }

    [Fact]
    public async Task Sending_records_the_message_remembers_the_channel_and_ends_the_run_of_failures()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var failed = await checkins.RecordImmediateAsync(Ada, Today, "prompt-a", 1, now, CancellationToken.None);
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        await checkins.MarkUndeliverableAsync(failed.Id, "dms closed", 3, now, CancellationToken.None);
        var sentAt = now.AddMinutes(1);

        await checkins.MarkSentAsync(delivery.Id, DmChannel, MessageId, sentAt, CancellationToken.None);

        var sent = await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None);
        Assert.Equal(
            (DeliveryState.Sent, (ulong?)DmChannel, (ulong?)MessageId, (DateTimeOffset?)sentAt),
            (sent!.State, sent.ChannelId, sent.MessageId, sent.SentAt));
        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((0, (ulong?)DmChannel), (stored!.ConsecutiveFailures, stored.DmChannelId));
    }

    [Fact]
    public async Task Sending_twice_keeps_the_first_record()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);

        await checkins.MarkSentAsync(delivery.Id, DmChannel, MessageId, now, CancellationToken.None);
        await checkins.MarkSentAsync(delivery.Id, DmChannel, MessageId + 1, now.AddMinutes(1), CancellationToken.None);

        var sent = await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None);
        Assert.Equal(((ulong?)MessageId, (DateTimeOffset?)now), (sent!.MessageId, sent.SentAt));
    }

    [Fact]
    public async Task Skipping_keeps_the_reason_and_touches_only_pending_deliveries()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        await checkins.MarkSentAsync(delivery.Id, DmChannel, MessageId, now, CancellationToken.None);
        var pending = await checkins.RecordImmediateAsync(Ada, Today, "prompt-b", 1, now, CancellationToken.None);

        await checkins.MarkSkippedAsync(delivery.Id, "late", now, CancellationToken.None);
        await checkins.MarkSkippedAsync(pending.Id, "late", now, CancellationToken.None);

        Assert.Equal(DeliveryState.Sent, (await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None))!.State);
        var skipped = await checkins.GetDeliveryAsync(pending.Id, CancellationToken.None);
        Assert.Equal((DeliveryState.Skipped, "late"), (skipped!.State, skipped.Failure));
    }

    [Fact]
    public async Task Three_closed_dms_in_a_row_make_the_person_unreachable_with_a_notice_waiting()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        var outcomes = new List<DeliveryFailureOutcome>();
        var due = DueTomorrow;
        var day = Tomorrow;
        for (var i = 0; i < 3; i++)
        {
            var delivery = await checkins.ClaimAsync(
                new DeliveryClaim(Ada, DeliveryKind.Daily, due, day, null, 0, due.AddDays(1), now), CancellationToken.None);
            outcomes.Add(await checkins.MarkUndeliverableAsync(delivery!.Id, "dms closed", 3, now, CancellationToken.None));
            due = due.AddDays(1);
            day = day.AddDays(1);
        }

        Assert.Equal([new(1, false), new(2, false), new(3, true)], outcomes);
        var stored = await checkins.GetAsync(Ada, CancellationToken.None);
        Assert.Equal((CheckinStatus.Unreachable, (DateTimeOffset?)null), (stored!.Status, stored.NextDueAt));
        Assert.Empty(await checkins.GetDueAsync(due.AddYears(1), 10, CancellationToken.None));
        Assert.Empty(await checkins.GetPendingAsync(DeliveryKind.Daily, 10, CancellationToken.None));
    }

    [Fact]
    public async Task The_unreachable_notice_is_taken_once()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);
        Assert.False(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
        await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 1, now, CancellationToken.None);

        Assert.True(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
        Assert.False(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
    }

    [Fact]
    public async Task A_failure_reported_twice_for_one_delivery_counts_once()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);

        await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 3, now, CancellationToken.None);
        var repeated = await checkins.MarkUndeliverableAsync(delivery.Id, "dms closed", 3, now, CancellationToken.None);

        Assert.Equal(new DeliveryFailureOutcome(0, false), repeated);
        Assert.Equal(1, (await checkins.GetAsync(Ada, CancellationToken.None))!.ConsecutiveFailures);
        var failed = await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None);
        Assert.Equal((DeliveryState.Failed, "dms closed"), (failed!.State, failed.Failure));
    }

    [Fact]
    public async Task A_person_who_stopped_stays_stopped_when_a_late_failure_arrives()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        await checkins.SubscribeAsync(Ada, now);
        await checkins.StopAsync(Ada, now, CancellationToken.None);
        // A DM recorded after the stop (the first one, sent right away) can still fail.
        var first = await checkins.RecordImmediateAsync(Ada, Today, "prompt-a", 1, now, CancellationToken.None);

        var outcome = await checkins.MarkUndeliverableAsync(first.Id, "dms closed", 1, now, CancellationToken.None);

        Assert.Equal(new DeliveryFailureOutcome(1, Stopped: false), outcome);
        Assert.False(await checkins.TakeUnreachableNoticeAsync(Ada, CancellationToken.None));
        Assert.Equal(CheckinStatus.Stopped, (await checkins.GetAsync(Ada, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Attempts_are_counted_and_the_dm_channel_can_be_remembered_before_a_send()
    {
        await using var database = new TempDatabase();
        var checkins = await database.CheckinsAsync();
        var now = database.Time.GetUtcNow();
        var delivery = await checkins.SubscribeAndClaimAsync(Ada, now);

        await checkins.RecordAttemptAsync(delivery.Id, CancellationToken.None);
        await checkins.RecordAttemptAsync(delivery.Id, CancellationToken.None);
        await checkins.SetDmChannelAsync(Ada, DmChannel, CancellationToken.None);

        Assert.Equal(2, (await checkins.GetDeliveryAsync(delivery.Id, CancellationToken.None))!.Attempts);
        Assert.Equal(DmChannel, (await checkins.GetAsync(Ada, CancellationToken.None))!.DmChannelId);
        Assert.Null(await checkins.GetDeliveryAsync(delivery.Id + 100, CancellationToken.None));
    }
}
