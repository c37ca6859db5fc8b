using Microsoft.Extensions.Options;
using NodaTime;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Scheduling;

namespace ReflectBot.Commands.Checkins;

/// <summary>
/// Sends each person's daily check-in DM. A send is recorded (with its nonce) before Discord is
/// called, so after a crash the same send is retried and Discord's enforce_nonce makes sure it
/// arrives once. Sends late by more than the grace window are skipped and logged instead.
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
        var pending = (await repository.GetPendingAsync(settings.BatchSize, cancellationToken))
            .Where(d => d.Kind == DeliveryKind.Daily)
            .ToList();
        var retried = await ParallelRounds.RunAsync(pending, settings.MaxParallelSends, d => RetryAsync(d, now, cancellationToken), LogItemFailed, cancellationToken);

        var due = await repository.GetDueAsync(now, settings.BatchSize, cancellationToken);
        var sent = await ParallelRounds.RunAsync(due, settings.MaxParallelSends, c => SendDueAsync(c, now, cancellationToken), LogItemFailed, cancellationToken);
        return retried + sent;
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken) => repository.GetNextWakeAsync(cancellationToken);

    private async Task<bool> RetryAsync(StoredDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - delivery.DueAt > options.Value.GraceWindow)
        {
            await repository.MarkSkippedAsync(delivery.Id, "late", now, cancellationToken);
            LogSkippedLate(delivery.Id, now - delivery.DueAt);
            return true;
        }

        var checkin = await repository.GetAsync(delivery.UserId, cancellationToken);
        var message = CheckinMessages.Daily(delivery, prompts.Find(delivery.PromptId));
        return await sender.SendAsync(delivery, checkin?.DmChannelId, message, cancellationToken) != DmSendOutcome.WillRetry;
    }

    private async Task<bool> SendDueAsync(StoredCheckin checkin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (checkin.NextDueAt is not { } dueAt)
        {
            return true;
        }

        var zone = TimeZoneDirectory.TryFind(checkin.TimeZone, out var found) ? found : DateTimeZone.Utc;
        var due = Instant.FromDateTimeOffset(dueAt);
        var nowInstant = Instant.FromDateTimeOffset(now);
        var next = CheckinSchedule.NextDue(LocalTime.FromTimeOnly(checkin.LocalTime), zone, nowInstant > due ? nowInstant : due);
        var localDate = CheckinSchedule.LocalDateOf(due, zone).ToDateOnly();
        var late = now - dueAt > options.Value.GraceWindow;

        var chosen = late ? null : await prompts.ForUserAsync(checkin.UserId, cancellationToken);
        var claim = new DeliveryClaim(
            checkin.UserId, DeliveryKind.Daily, dueAt, localDate, chosen?.Prompt.Id, chosen?.Cycle ?? 0, next.ToDateTimeOffset(), now);
        if (await repository.ClaimAsync(claim, cancellationToken) is not { } delivery)
        {
            return true;
        }

        if (late)
        {
            await repository.MarkSkippedAsync(delivery.Id, "late", now, cancellationToken);
            LogSkippedLate(delivery.Id, now - dueAt);
            return true;
        }

        var outcome = await sender.SendAsync(delivery, checkin.DmChannelId, CheckinMessages.Daily(delivery, chosen!.Prompt), cancellationToken);
        return outcome != DmSendOutcome.WillRetry;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A daily check-in could not be handled; it will be tried again")]
    private partial void LogItemFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {DeliveryId} skipped: it was {Late} late, beyond the grace window")]
    private partial void LogSkippedLate(long deliveryId, TimeSpan late);
}
