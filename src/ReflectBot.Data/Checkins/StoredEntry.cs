namespace ReflectBot.Data.Checkins;

/// <summary>
/// A check-in answer. <see cref="Kind"/> is one of <see cref="EntryKind"/>: a mood has <see cref="Mood"/>,
/// a reflection has <see cref="Text"/>, a skip has neither.
/// </summary>
public sealed record StoredEntry(
    long Id,
    ulong UserId,
    long? DeliveryId,
    DateOnly LocalDate,
    string Kind,
    int? Mood,
    string? Text,
    string? PromptId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
