using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Quiz;

/// <summary>A quiz_results row as SQLite returns it, before ids, times and JSON are parsed.</summary>
internal sealed record QuizResultRow(
    long Id,
    string UserId,
    string Mode,
    double Anxiety,
    double Avoidance,
    string Pattern,
    string? NearPattern,
    string ItemIds,
    string Answers,
    string TakenAt)
{
    public StoredQuizResult ToStored(TextSealer sealer) => new(
        Id,
        DbValues.ParseId(UserId),
        Mode,
        Anxiety,
        Avoidance,
        Pattern,
        NearPattern,
        QuizJson.ParseItemIds(ItemIds),
        QuizJson.ParseAnswers(sealer.Open(Answers, SealedColumns.Purpose(SealedColumns.QuizResultAnswers, UserId))),
        DbValues.ParseTime(TakenAt));
}
