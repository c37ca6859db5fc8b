using ReflectBot.Data.Protection;

namespace ReflectBot.Data.Safety;

/// <summary>A safety_plans row as SQLite returns it, before the text is opened and the time parsed.</summary>
internal sealed record SafetyPlanRow(string UserId, string? WarningSigns, string? Calming, string? Contacts, string? Reasons, string UpdatedAt)
{
    public const string Columns = """
        user_id AS UserId, warning_signs AS WarningSigns, calming AS Calming, contacts AS Contacts,
        reasons AS Reasons, updated_at AS UpdatedAt
        """;

    public StoredSafetyPlan ToStored(TextSealer sealer) => new(
        sealer.OpenOptional(WarningSigns, SealedColumns.Purpose(SealedColumns.SafetyPlanWarningSigns, UserId)),
        sealer.OpenOptional(Calming, SealedColumns.Purpose(SealedColumns.SafetyPlanCalming, UserId)),
        sealer.OpenOptional(Contacts, SealedColumns.Purpose(SealedColumns.SafetyPlanContacts, UserId)),
        sealer.OpenOptional(Reasons, SealedColumns.Purpose(SealedColumns.SafetyPlanReasons, UserId)),
        DbValues.ParseTime(UpdatedAt));
}
