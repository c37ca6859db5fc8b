namespace ReflectBot.Data.Safety;

/// <summary>A person's saved safety plan, in clear, and when they last changed it.</summary>
public sealed record StoredSafetyPlan(
    string? WarningSigns,
    string? Calming,
    string? Contacts,
    string? Reasons,
    DateTimeOffset UpdatedAt);
