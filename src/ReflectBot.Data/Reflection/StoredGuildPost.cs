namespace ReflectBot.Data.Reflection;

/// <summary>
/// A prompt post the scheduler decided to make in a server. <see cref="State"/> is one of
/// <see cref="Checkins.DeliveryState"/>; a pending one is posted again with the same <see cref="Nonce"/>.
/// </summary>
public sealed record StoredGuildPost(
    long Id,
    ulong GuildId,
    DateOnly LocalDate,
    DateTimeOffset DueAt,
    string PromptId,
    ulong ChannelId,
    string Nonce,
    string State,
    ulong? MessageId,
    ulong? ThreadId,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
