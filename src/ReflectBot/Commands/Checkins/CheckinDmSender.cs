using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Commands.Checkins;

/// <summary>How one attempt to deliver a recorded DM ended.</summary>
public enum DmSendOutcome
{
    /// <summary>Discord has the message (perhaps from an earlier attempt, found again by its nonce).</summary>
    Sent,

    /// <summary>The person does not accept DMs from the bot; counted towards stopping their check-ins.</summary>
    Unreachable,

    /// <summary>Something passing went wrong; the delivery stays pending and is tried again.</summary>
    WillRetry,

    /// <summary>Tried too often; given up and recorded as failed.</summary>
    GaveUp,
}

/// <summary>
/// Delivers a DM that has already been recorded as pending. The message carries the delivery's nonce
/// with enforce_nonce, so a retry after a crash returns the first message instead of sending a second.
/// </summary>
public sealed partial class CheckinDmSender(
    DiscordRestClient rest,
    CheckinRepository repository,
    IOptions<CheckinOptions> options,
    TimeProvider timeProvider,
    ILogger<CheckinDmSender> logger)
{
    /// <summary>Passing failures (5xx, timeouts) are retried on later rounds up to this many attempts.</summary>
    public const int MaxAttempts = 5;

    public Task<DmSendOutcome> SendAsync(StoredDelivery delivery, ulong? knownChannelId, MessageCreate message, CancellationToken cancellationToken)
        => SendAsync(delivery, knownChannelId, message, null, cancellationToken);

    public async Task<DmSendOutcome> SendAsync(
        StoredDelivery delivery, ulong? knownChannelId, MessageCreate message, IReadOnlyList<FileAttachment>? files, CancellationToken cancellationToken)
    {
        await repository.RecordAttemptAsync(delivery.Id, cancellationToken);
        try
        {
            var channelId = knownChannelId ?? await OpenDmAsync(delivery.UserId, cancellationToken);
            var sent = await rest.CreateMessageAsync(new Snowflake(channelId), message, files, cancellationToken);
            await repository.MarkSentAsync(delivery.Id, channelId, sent.Id.Value, timeProvider.GetUtcNow(), CancellationToken.None);
            return DmSendOutcome.Sent;
        }
        catch (DiscordRestException exception) when (exception.Code is DiscordErrorCode.CannotSendMessagesToUser or DiscordErrorCode.UnknownUser)
        {
            var outcome = await repository.MarkUndeliverableAsync(
                delivery.Id, "dms-closed", options.Value.FailuresBeforeStop, timeProvider.GetUtcNow(), CancellationToken.None);
            LogUnreachable(delivery.Id, outcome.ConsecutiveFailures, outcome.Stopped);
            return DmSendOutcome.Unreachable;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (delivery.Attempts + 1 >= MaxAttempts)
            {
                await repository.MarkSkippedAsync(delivery.Id, "gave-up", timeProvider.GetUtcNow(), CancellationToken.None);
                LogGaveUp(exception, delivery.Id, MaxAttempts);
                return DmSendOutcome.GaveUp;
            }

            LogWillRetry(exception, delivery.Id);
            return DmSendOutcome.WillRetry;
        }
    }

    private async Task<ulong> OpenDmAsync(ulong userId, CancellationToken cancellationToken)
    {
        var channel = await rest.CreateDmChannelAsync(new Snowflake(userId), cancellationToken);
        await repository.SetDmChannelAsync(userId, channel.Id.Value, cancellationToken);
        return channel.Id.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} could not reach its user by DM ({Failures} in a row; stopped: {Stopped})")]
    private partial void LogUnreachable(long deliveryId, int failures, bool stopped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} failed for now; it will be tried again")]
    private partial void LogWillRetry(Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery {DeliveryId} failed {Attempts} times; given up")]
    private partial void LogGaveUp(Exception exception, long deliveryId, int attempts);
}
