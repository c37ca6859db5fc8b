using ReflectBot.Data.Safety;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Safety;

/// <summary>The submitted /safetyplan form: saves the plan whole, or says kindly why it did not.</summary>
public sealed class SafetyPlanModal(SafetyPlanRepository plans, TimeProvider timeProvider) : IModalHandler
{
    public string Prefix => SafetyPlanCustomIds.ModalPrefix;

    public async Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data!;
        string?[] parts =
        [
            data.GetModalValue(SafetyPlanCustomIds.WarningSignsInput),
            data.GetModalValue(SafetyPlanCustomIds.CalmingInput),
            data.GetModalValue(SafetyPlanCustomIds.ContactsInput),
            data.GetModalValue(SafetyPlanCustomIds.ReasonsInput),
        ];
        if (parts.All(string.IsNullOrWhiteSpace))
        {
            await context.RespondAsync(InteractionReply.Text(SafetyTexts.AllBlank), cancellationToken);
            return;
        }

        if (parts.Any(part => part?.Length > SafetyPlanText.MaxLength))
        {
            var typed = parts.OfType<string>().Where(part => part.Length > 0).ToList();
            await context.RespondAsync(UnroutableModalReply.Create(SafetyTexts.TooLong(SafetyPlanText.MaxLength), typed), cancellationToken);
            return;
        }

        var plan = new SafetyPlanText(parts[0], parts[1], parts[2], parts[3]);
        await plans.SaveAsync(context.User.Id.Value, plan, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(SafetyTexts.Saved), cancellationToken);
    }
}
