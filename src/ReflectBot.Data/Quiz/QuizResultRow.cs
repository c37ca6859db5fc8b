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
    public StoredQuizResult ToStored() => new(
        Id,
        DbValues.ParseId(UserId),
        Mode,
        Anxiety,
        Avoidance,
        Pattern,
        NearPattern,
        QuizJson.ParseItemIds(ItemIds),
        QuizJson.ParseAnswers(Answers),
        DbValues.ParseTime(TakenAt));
}
