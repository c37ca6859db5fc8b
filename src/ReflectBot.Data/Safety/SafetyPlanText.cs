namespace ReflectBot.Data.Safety;

/// <summary>
/// The four parts of a person's safety plan, each at most <see cref="MaxLength"/> characters. A blank part is
/// stored as null; a plan with every part blank is refused.
/// </summary>
public sealed record SafetyPlanText
{
    /// <summary>The longest a part may be.</summary>
    public const int MaxLength = 1000;

    public SafetyPlanText(string? WarningSigns, string? Calming, string? Contacts, string? Reasons)
    {
        this.WarningSigns = Part(WarningSigns, nameof(WarningSigns));
        this.Calming = Part(Calming, nameof(Calming));
        this.Contacts = Part(Contacts, nameof(Contacts));
        this.Reasons = Part(Reasons, nameof(Reasons));
        if (this.WarningSigns is null && this.Calming is null && this.Contacts is null && this.Reasons is null)
        {
            throw new ArgumentException("A safety plan needs at least one part filled in.");
        }
    }

    /// <summary>Signs that things are getting hard.</summary>
    public string? WarningSigns { get; }

    /// <summary>What helps the person calm down.</summary>
    public string? Calming { get; }

    /// <summary>People and services the person can reach.</summary>
    public string? Contacts { get; }

    /// <summary>The person's reasons to keep going.</summary>
    public string? Reasons { get; }

    private static string? Part(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MaxLength, name);
        return text;
    }
}
