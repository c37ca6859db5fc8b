namespace ReflectBot.Data.Reflection;

/// <summary>A guild_prompt_posts row as SQLite returns it, before ids, dates and times are parsed.</summary>
internal sealed record GuildPostRow(
    long Id,
    string GuildId,
    string LocalDate,
    string DueAt,
    string PromptId,
    string ChannelId,
    string Nonce,
    string State,
    string? MessageId,
    string? ThreadId,
    string? Failure,
    string CreatedAt,
    string? SentAt)
{
    public const string Columns = """
        id AS Id, guild_id AS GuildId, local_date AS LocalDate, due_at AS DueAt, prompt_id AS PromptId, channel_id AS ChannelId,
        nonce AS Nonce, state AS State, message_id AS MessageId, thread_id AS ThreadId, failure AS Failure,
        created_at AS CreatedAt, sent_at AS SentAt
        """;

    public StoredGuildPost ToStored() => new(
        Id,
        DbValues.ParseId(GuildId),
        DbValues.ParseLocalDate(LocalDate),
        DbValues.ParseTime(DueAt),
        PromptId,
        DbValues.ParseId(ChannelId),
        Nonce,
        State,
        DbValues.ParseOptionalId(MessageId),
        DbValues.ParseOptionalId(ThreadId),
        Failure,
        DbValues.ParseTime(CreatedAt),
        DbValues.ParseOptionalTime(SentAt));
}
