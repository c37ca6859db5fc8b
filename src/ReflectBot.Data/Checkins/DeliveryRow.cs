namespace ReflectBot.Data.Checkins;

/// <summary>A checkin_deliveries row as SQLite returns it, before ids, dates and times are parsed.</summary>
internal sealed record DeliveryRow(
    long Id,
    string UserId,
    string Kind,
    string LocalDate,
    string? PromptId,
    string DueAt,
    string Nonce,
    string State,
    string? ChannelId,
    string? MessageId,
    long Attempts,
    string? Failure,
    string CreatedAt,
    string? SentAt)
{
    public const string Columns = """
        id AS Id, user_id AS UserId, kind AS Kind, local_date AS LocalDate, prompt_id AS PromptId,
        due_at AS DueAt, nonce AS Nonce, state AS State, channel_id AS ChannelId, message_id AS MessageId,
        attempts AS Attempts, failure AS Failure, created_at AS CreatedAt, sent_at AS SentAt
        """;

    public StoredDelivery ToStored() => new(
        Id,
        DbValues.ParseId(UserId),
        Kind,
        DbValues.ParseLocalDate(LocalDate),
        PromptId,
        DbValues.ParseTime(DueAt),
        Nonce,
        State,
        DbValues.ParseOptionalId(ChannelId),
        DbValues.ParseOptionalId(MessageId),
        checked((int)Attempts),
        Failure,
        DbValues.ParseTime(CreatedAt),
        DbValues.ParseOptionalTime(SentAt));
}
