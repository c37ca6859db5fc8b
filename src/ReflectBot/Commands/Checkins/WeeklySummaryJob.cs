using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Sends the weekly summary DM on Sunday evenings to people who kept it on, with the same
/// record-first delivery as the daily check-ins.
/// </summary>
public sealed partial class WeeklySummaryJob(
    CheckinRepository repository,
    WeeklySummaryBuilder builder,
    CheckinDmSender sender,
    IOptions<CheckinOptions> options,
    ILogger<WeeklySummaryJob> logger) : IScheduledJob
{
    public string Name => "weekly summaries";

    public async Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pending = await repository.GetPendingAsync(DeliveryKind.Summary, settings.BatchSize, cancellationToken);
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, d => SendAsync(d, null, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueSummariesAsync(now, settings.BatchSize, cancellationToken);
        var sent = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, c => ClaimAndSendAsync(c, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + sent;
    }

    // The daily job reports the same next wake (one query covers both); asking again costs one indexed read.
    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> ClaimAndSendAsync(StoredCheckin checkin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkin.NextSummaryAt is not { } dueAt)
        {
            return true;
        }

        var slot = DueSlot.WeeklySummary(checkin.TimeZone, dueAt, now, options.Value.GraceWindow);
        var claim = new DeliveryClaim(checkin.UserId, DeliveryKind.Summary, dueAt, slot.LocalDate, null, 0, slot.Next, now);
        return await repository.ClaimAsync(claim, cancellationToken) is not { } delivery
            || await SendAsync(delivery, checkin.DmChannelId, now, cancellationToken);
    }

    private async Task<bool> SendAsync(StoredDelivery delivery, ulong? knownChannelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DueSlot.IsTooLate(delivery.DueAt, now, options.Value.GraceWindow))
        {
            await repository.MarkSkippedAsync(delivery.Id, "late", now, cancellationToken);
            LogSkippedLate(delivery.Id);
            return true;
        }

        knownChannelId ??= (await repository.GetAsync(delivery.UserId, cancellationToken))?.DmChannelId;
        var (message, files) = await builder.BuildAsync(delivery, cancellationToken);
        return await sender.SendAsync(delivery, knownChannelId, message, files, cancellationToken) != DmSendOutcome.WillRetry;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A weekly summary could not be handled; it will be tried again")]
    private partial void LogItemFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly summary {DeliveryId} skipped: late beyond the grace window")]
    private partial void LogSkippedLate(long deliveryId);
}
