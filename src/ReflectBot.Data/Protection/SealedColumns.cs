namespace ReflectBot.Data.Protection;

/// <summary>The one list of columns whose text is sealed at rest, and the purpose each value is bound to.</summary>
public static class SealedColumns
{
    public const string CheckinEntryText = "checkin_entries.text";
    public const string QuizSessionAnswers = "quiz_sessions.answers";
    public const string QuizResultAnswers = "quiz_results.answers";
    public const string SafetyPlanWarningSigns = "safety_plans.warning_signs";
    public const string SafetyPlanCalming = "safety_plans.calming";
    public const string SafetyPlanContacts = "safety_plans.contacts";
    public const string SafetyPlanReasons = "safety_plans.reasons";

    /// <summary>Every sealed column as "table.column"; each holds text of the row's user_id.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CheckinEntryText,
        QuizSessionAnswers,
        QuizResultAnswers,
        SafetyPlanWarningSigns,
        SafetyPlanCalming,
        SafetyPlanContacts,
        SafetyPlanReasons,
    };

    /// <summary>Whether the table's column is sealed.</summary>
    public static bool Contains(string table, string column) => All.Contains(table + "." + column);

    /// <summary>The associated data for one person's value in one column: "table.column:userId".</summary>
    public static string Purpose(string column, ulong userId) => Purpose(column, DbValues.Id(userId));

    internal static string Purpose(string column, string userId) => column + ":" + userId;
}
