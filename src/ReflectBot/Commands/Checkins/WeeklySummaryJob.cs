using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Sends the weekly summary DM on Sunday evenings to people who kept it on, with the same
/// record-first, nonce-checked delivery as the daily check-ins.
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
        var pending = (await repository.GetPendingAsync(settings.BatchSize, cancellationToken))
            .Where(d => d.Kind == DeliveryKind.Summary)
            .ToList();
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, d => SendAsync(d, null, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueSummariesAsync(now, settings.BatchSize, cancellationToken);
        var sent = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, c => ClaimAndSendAsync(c, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + sent;
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> ClaimAndSendAsync(StoredCheckin checkin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkin.NextSummaryAt is not { } dueAt)
        {
            return true;
        }

        var zone = TimeZoneDirectory.TryFind(checkin.TimeZone, out var found) ? found : DateTimeZone.Utc;
        var due = Instant.FromDateTimeOffset(dueAt);
        var nowInstant = Instant.FromDateTimeOffset(now);
        var next = CheckinPlanner.NextSummary(zone, nowInstant > due ? nowInstant : due);
        var claim = new DeliveryClaim(
            checkin.UserId, DeliveryKind.Summary, dueAt, CheckinSchedule.LocalDateOf(due, zone).ToDateOnly(), null, 0, next.ToDateTimeOffset(), now);
        return await repository.ClaimAsync(claim, cancellationToken) is not { } delivery
            || await SendAsync(delivery, checkin.DmChannelId, now, cancellationToken);
    }

    private async Task<bool> SendAsync(StoredDelivery delivery, ulong? knownChannelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - delivery.DueAt > options.Value.GraceWindow)
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
