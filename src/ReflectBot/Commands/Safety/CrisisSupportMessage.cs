using ReflectBot.Commands.Grounding;
using ReflectBot.Data.Safety;
using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>
/// The private follow-up shown when a form's text sounds like a crisis: the person's own safety plan
/// first (when they wrote one), a way into a grounding exercise, where to find help, and what the bot cannot do.
/// </summary>
public static class CrisisSupportMessage
{
    public static InteractionReply Build(StoredSafetyPlan? plan, string resources)
    {
        var resourcesEmbed = SafetyPlanView.Resources($"{resources}\n\n*{SafetyTexts.NotATherapist}*");
        return new InteractionReply
        {
            Content = SafetyTexts.CrisisLead,
            Embeds = plan is null ? [resourcesEmbed] : [SafetyPlanView.Plan(plan), resourcesEmbed],
            Components =
            [
                Component.ActionRow(Component.Button(ButtonStyle.Primary, GroundingCustomIds.ForMenu(), SafetyTexts.StartGrounding)),
            ],
            Ephemeral = true,
        };
    }
}
