using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>The submitted "Write a reflection" form.</summary>
public sealed class CheckinReflectionModal(CheckinAnswers answers) : IModalHandler
{
    public string Prefix => CheckinCustomIds.ModalPrefix;

    public Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        var text = context.Interaction.Data?.GetModalValue(CheckinAnswers.ReflectionInputId);
        if (!CheckinCustomIds.TryReadNumber(customId, 0, out var deliveryId))
        {
            var typed = text is { Length: > 0 } ? new[] { text } : [];
            return context.RespondAsync(UnroutableModalReply.Create(CheckinTexts.CheckinGone, typed), cancellationToken);
        }

        return answers.SaveReflectionAsync(context, deliveryId, text, cancellationToken);
    }
}
