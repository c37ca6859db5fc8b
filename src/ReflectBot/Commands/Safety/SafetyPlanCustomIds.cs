using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>The /safetyplan form's ids: the form itself and its four inputs.</summary>
public static class SafetyPlanCustomIds
{
    public const string ModalPrefix = "sp";
    public const string WarningSignsInput = "warning";
    public const string CalmingInput = "calming";
    public const string ContactsInput = "contacts";
    public const string ReasonsInput = "reasons";

    public static string ForEditModal() => CustomId.Create(ModalPrefix, "edit").ToString();
}
