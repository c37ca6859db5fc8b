using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Checkins;

/// <summary>A checkin_entries row as SQLite returns it, before ids, dates and times are parsed.</summary>
internal sealed record EntryRow(
    long Id,
    string UserId,
    long? DeliveryId,
    string LocalDate,
    string Kind,
    long? Mood,
    string? Text,
    string? PromptId,
    string CreatedAt,
    string UpdatedAt)
{
    public const string Columns = """
        id AS Id, user_id AS UserId, delivery_id AS DeliveryId, local_date AS LocalDate, kind AS Kind,
        mood AS Mood, text AS Text, prompt_id AS PromptId, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public StoredEntry ToStored(TextSealer sealer) => new(
        Id,
        DbValues.ParseId(UserId),
        DeliveryId,
        DbValues.ParseLocalDate(LocalDate),
        Kind,
        Mood is { } mood ? checked((int)mood) : null,
        sealer.OpenOptional(Text, SealedColumns.Purpose(SealedColumns.CheckinEntryText, UserId)),
        PromptId,
        DbValues.ParseTime(CreatedAt),
        DbValues.ParseTime(UpdatedAt));
}
