namespace ReflectBot.Core.Reflection;

/// <summary>The themes a reflection prompt may be tagged with; the folder must cover every one.</summary>
public static class ReflectionThemes
{
    /// <summary>What bonding does and does not prove.</summary>
    public const string Bonding = "bonding";

    /// <summary>Noticing one's own pattern after closeness.</summary>
    public const string AfterCloseness = "after-closeness";

    public const string NeedsAndBoundaries = "needs-and-boundaries";

    public const string Repair = "repair";

    public const string SelfSoothing = "self-soothing";

    public const string CoRegulation = "co-regulation";

    /// <summary>Safety found beyond a partner: friends, pets, community.</summary>
    public const string SafetyBeyondPartner = "safety-beyond-partner";

    public const string ChangeOverTime = "change-over-time";

    public static IReadOnlyList<string> All { get; } =
    [
        Bonding,
        AfterCloseness,
        NeedsAndBoundaries,
        Repair,
        SelfSoothing,
        CoRegulation,
        SafetyBeyondPartner,
        ChangeOverTime,
    ];
}
