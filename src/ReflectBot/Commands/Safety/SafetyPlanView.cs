using ReflectBot.Data.Safety;
using ReflectBot.Discord.Models;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// A safety plan and the resources as embeds. The person's own words are escaped so they show exactly
/// as written and ping no one; each part is trimmed to fit beside the resources in one message.
/// </summary>
public static class SafetyPlanView
{
    /// <summary>
    /// Discord's limit for one field. A part is at most 1000 characters as typed, so only heavy escaping can reach it;
    /// four full parts, their names and resources of up to 1024 characters stay under 6000 characters per message.
    /// </summary>
    public const int PartLimit = 1024;

    public static Embed Plan(StoredSafetyPlan plan) => new()
    {
        Title = SafetyTexts.PlanTitle,
        Description = SafetyTexts.PlanIntro,
        Fields = Parts(plan).ToList(),
    };

    public static Embed Resources(string resources, string? footer = null) => new()
    {
        Title = SafetyTexts.ResourcesTitle,
        Description = EmbedText.Fit(resources, EmbedText.DescriptionLimit),
        Footer = footer is null ? null : new EmbedFooter { Text = footer },
    };

    private static IEnumerable<EmbedField> Parts(StoredSafetyPlan plan)
    {
        (string Name, string? Text)[] parts =
        [
            (SafetyTexts.WarningSigns, plan.WarningSigns),
            (SafetyTexts.Calming, plan.Calming),
            (SafetyTexts.Contacts, plan.Contacts),
            (SafetyTexts.Reasons, plan.Reasons),
        ];
        foreach (var (name, text) in parts)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return new EmbedField { Name = name, Value = EmbedText.Fit(DiscordMarkdown.Escape(text), PartLimit) };
            }
        }
    }
}
