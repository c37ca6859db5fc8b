using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Quiz;

/// <summary>A quiz_sessions row as SQLite returns it, before ids, times and JSON are parsed.</summary>
internal sealed record QuizSessionRow(
    string UserId,
    string Mode,
    string ItemIds,
    string Answers,
    long Version,
    string OriginChannelId,
    string? OriginGuildId,
    string StartedAt,
    string UpdatedAt)
{
    public StoredQuizSession ToStored(TextSealer sealer) => new(
        DbValues.ParseId(UserId),
        Mode,
        QuizJson.ParseItemIds(ItemIds),
        QuizJson.ParseAnswers(sealer.Open(Answers, SealedColumns.Purpose(SealedColumns.QuizSessionAnswers, UserId))),
        Version,
        DbValues.ParseId(OriginChannelId),
        OriginGuildId is null ? null : DbValues.ParseId(OriginGuildId),
        DbValues.ParseTime(StartedAt),
        DbValues.ParseTime(UpdatedAt));
}
