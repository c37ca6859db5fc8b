using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Commands.Checkins;

/// <summary>How one attempt to deliver a recorded DM ended.</summary>
public enum DmSendOutcome
{
    /// <summary>Discord has the message, sent now or found from an earlier attempt.</summary>
    Sent,

    /// <summary>The person does not accept DMs from the bot; counted towards stopping their check-ins.</summary>
    Unreachable,

    /// <summary>Discord refused the message itself (a 4xx other than a rate limit); recorded as failed, not retried.</summary>
    Rejected,

    /// <summary>Something passing went wrong; the delivery stays pending and is tried again until it is too late.</summary>
    WillRetry,
}

/// <summary>
/// Delivers a DM that has already been recorded as pending. A first attempt sends with the
/// delivery's nonce and enforce_nonce. A later attempt (after a crash or a failed answer) first
/// looks in the DM for the message an earlier attempt may have created, found by its buttons'
/// ids, which are unique to the delivery; so a retry never sends twice, however long after.
/// </summary>
public sealed partial class CheckinDmSender(
    DiscordRestClient rest,
    CheckinRepository repository,
    IOptions<CheckinOptions> options,
    TimeProvider timeProvider,
    ILogger<CheckinDmSender> logger)
{
    /// <summary>The bot's recent DMs to one person are few; this many covers any retry window.</summary>
    private const int MessagesSearched = 50;

    public Task<DmSendOutcome> SendAsync(StoredDelivery delivery, ulong? knownChannelId, MessageCreate message, CancellationToken cancellationToken)
        => SendAsync(delivery, knownChannelId, message, null, cancellationToken);

    public async Task<DmSendOutcome> SendAsync(
        StoredDelivery delivery, ulong? knownChannelId, MessageCreate message, IReadOnlyList<FileAttachment>? files, CancellationToken cancellationToken)
    {
        await repository.RecordAttemptAsync(delivery.Id, cancellationToken);
        try
        {
            var channelId = knownChannelId ?? await OpenDmAsync(delivery.UserId, cancellationToken);
            var earlier = delivery.Attempts > 0 ? await FindEarlierSendAsync(channelId, delivery, message, cancellationToken) : null;
            var sent = earlier ?? await rest.CreateMessageAsync(new Snowflake(channelId), message, files, cancellationToken);
            await repository.MarkSentAsync(delivery.Id, channelId, sent.Id.Value, timeProvider.GetUtcNow(), CancellationToken.None);
            if (earlier is not null)
            {
                LogFoundEarlierSend(delivery.Id);
            }

            return DmSendOutcome.Sent;
        }
        catch (DiscordRestException exception) when (exception.Code is DiscordErrorCode.CannotSendMessagesToUser or DiscordErrorCode.UnknownUser)
        {
            var outcome = await repository.MarkUndeliverableAsync(
                delivery.Id, "dms-closed", options.Value.FailuresBeforeStop, timeProvider.GetUtcNow(), CancellationToken.None);
            LogUnreachable(delivery.Id, outcome.ConsecutiveFailures, outcome.Stopped);
            return DmSendOutcome.Unreachable;
        }
        catch (DiscordRestException exception) when (exception.IsRefusal)
        {
            await repository.MarkSkippedAsync(delivery.Id, $"rejected-{exception.Code}", timeProvider.GetUtcNow(), CancellationToken.None);
            LogRejected(exception, delivery.Id);
            return DmSendOutcome.Rejected;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWillRetry(exception, delivery.Id);
            return DmSendOutcome.WillRetry;
        }
    }

    private async Task<Message?> FindEarlierSendAsync(ulong channelId, StoredDelivery delivery, MessageCreate message, CancellationToken cancellationToken)
    {
        var marker = FirstCustomId(message.Components);
        if (marker is null)
        {
            return null;
        }

        var after = Snowflake.FromTime(delivery.CreatedAt.AddMinutes(-1));
        var recent = await rest.GetChannelMessagesAsync(new Snowflake(channelId), after, MessagesSearched, cancellationToken);
        return recent.FirstOrDefault(m => FirstCustomId(m.Components) == marker);
    }

    private static string? FirstCustomId(IReadOnlyList<Component>? components)
        => components?.SelectMany(row => row.Components ?? []).Select(c => c.CustomId).FirstOrDefault(id => id is not null);

    private async Task<ulong> OpenDmAsync(ulong userId, CancellationToken cancellationToken)
    {
        var channel = await rest.CreateDmChannelAsync(new Snowflake(userId), cancellationToken);
        await repository.SetDmChannelAsync(userId, channel.Id.Value, cancellationToken);
        return channel.Id.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} could not reach its user by DM ({Failures} in a row; stopped: {Stopped})")]
    private partial void LogUnreachable(long deliveryId, int failures, bool stopped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} had already reached Discord on an earlier attempt; not sent again")]
    private partial void LogFoundEarlierSend(long deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord refused delivery {DeliveryId}; recorded as failed")]
    private partial void LogRejected(Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} failed for now; it will be tried again")]
    private partial void LogWillRetry(Exception exception, long deliveryId);
}
