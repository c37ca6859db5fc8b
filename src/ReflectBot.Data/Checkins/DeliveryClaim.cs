namespace ReflectBot.Data.Checkins;

/// <summary>
/// The scheduler's claim on one due DM: move the subscription's due time from <see cref="ExpectedDueAt"/>
/// (the value it read) to <see cref="NextDueAt"/> and record the delivery for <see cref="LocalDate"/>.
/// <see cref="Kind"/> is one of <see cref="DeliveryKind"/>; <see cref="PromptId"/> and <see cref="Cycle"/>
/// name the prompt a daily check-in asks.
/// </summary>
public sealed record DeliveryClaim(
    ulong UserId,
    string Kind,
    DateTimeOffset ExpectedDueAt,
    DateOnly LocalDate,
    string? PromptId,
    int Cycle,
    DateTimeOffset NextDueAt,
    DateTimeOffset Now);
