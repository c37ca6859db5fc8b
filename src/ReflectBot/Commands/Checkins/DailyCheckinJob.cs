using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Sends each person's daily check-in DM. A send is recorded (with its nonce) before Discord is
/// called, so after a crash the same send is retried and arrives once. Sends late by more than the
/// grace window are skipped and logged instead.
/// </summary>
public sealed partial class DailyCheckinJob(
    CheckinRepository repository,
    ReflectionPromptChooser prompts,
    CheckinDmSender sender,
    IOptions<CheckinOptions> options,
    ILogger<DailyCheckinJob> logger) : IScheduledJob
{
    public string Name => "daily check-ins";

    public async Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await repository.GetPendingAsync(DeliveryKind.Daily, settings.BatchSize, cancellationToken);
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, d => RetryAsync(d, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueAsync(now, settings.BatchSize, cancellationToken);
        var sent = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, c => ClaimAndSendAsync(c, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + sent;
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> RetryAsync(StoredDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DueSlot.IsTooLate(delivery.DueAt, now, options.Value.GraceWindow))
        {
            await SkipLateAsync(delivery, now, cancellationToken);
            return true;
        }

        var checkin = await repository.GetAsync(delivery.UserId, cancellationToken);
        var message = CheckinMessages.Daily(delivery, prompts.Find(delivery.PromptId));
        return await sender.SendAsync(delivery, checkin?.DmChannelId, message, cancellationToken) != DmSendOutcome.WillRetry;
    }

    private async Task<bool> ClaimAndSendAsync(StoredCheckin checkin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkin.NextDueAt is not { } dueAt)
        {
            return true;
        }

        var slot = DueSlot.Daily(checkin.LocalTime, checkin.TimeZone, dueAt, now, options.Value.GraceWindow);
        var chosen = slot.IsLate ? null : await prompts.ForUserAsync(checkin.UserId, cancellationToken);
        var claim = new DeliveryClaim(checkin.UserId, DeliveryKind.Daily, dueAt, slot.LocalDate, chosen?.Prompt.Id, chosen?.Cycle ?? 0, slot.Next, now);
        if (await repository.ClaimAsync(claim, cancellationToken) is not { } delivery)
        {
            return true;
        }

        if (slot.IsLate)
        {
            await SkipLateAsync(delivery, now, cancellationToken);
            return true;
        }

        var outcome = await sender.SendAsync(delivery, checkin.DmChannelId, CheckinMessages.Daily(delivery, chosen!.Prompt), cancellationToken);
        return outcome != DmSendOutcome.WillRetry;
    }

    private async Task SkipLateAsync(StoredDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await repository.MarkSkippedAsync(delivery.Id, "late", now, cancellationToken);
        LogSkippedLate(delivery.Id, now - delivery.DueAt);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A daily check-in could not be handled; it will be tried again")]
    private partial void LogItemFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {DeliveryId} skipped: it was {Late} late, beyond the grace window")]
    private partial void LogSkippedLate(long deliveryId, TimeSpan late);
}
