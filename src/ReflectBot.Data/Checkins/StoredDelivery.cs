namespace ReflectBot.Data.Checkins;

/// <summary>
/// A DM the scheduler decided to send. <see cref="Kind"/> is one of <see cref="DeliveryKind"/>,
/// <see cref="State"/> one of <see cref="DeliveryState"/>; a pending one is resent with the same <see cref="Nonce"/>.
/// </summary>
public sealed record StoredDelivery(
    long Id,
    ulong UserId,
    string Kind,
    DateOnly LocalDate,
    string? PromptId,
    DateTimeOffset DueAt,
    string Nonce,
    string State,
    ulong? ChannelId,
    ulong? MessageId,
    int Attempts,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
