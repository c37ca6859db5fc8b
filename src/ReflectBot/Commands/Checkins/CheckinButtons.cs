using ReflectBot.Commands.Grounding;
using ReflectBot.Data.Checkins;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>The buttons on check-in and summary DMs. Ids that do not parse are treated as stale, not trusted.</summary>
public sealed class CheckinButtons(
    CheckinAnswers answers,
    CheckinRepository repository,
    GroundingFlow grounding,
    TimeProvider timeProvider) : IComponentHandler
{
    public string Prefix => CheckinCustomIds.Prefix;

    public Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        var action = customId.PartOrDefault(0);
        if (action == CheckinCustomIds.SummaryOff)
        {
            return SummaryOffAsync(context, cancellationToken);
        }

        if (!CheckinCustomIds.TryReadNumber(customId, 1, out var deliveryId))
        {
            return context.RespondAsync(InteractionReply.Text(CheckinTexts.CheckinGone), cancellationToken);
        }

        return action switch
        {
            CheckinCustomIds.Mood when CheckinCustomIds.TryReadNumber(customId, 2, out var mood) && mood is >= 1 and <= 5
                => answers.MoodAsync(context, deliveryId, (int)mood, cancellationToken),
            CheckinCustomIds.Write => answers.OpenReflectionAsync(context, deliveryId, cancellationToken),
            CheckinCustomIds.Skip => answers.SkipAsync(context, deliveryId, cancellationToken),
            CheckinCustomIds.Ground => grounding.ShowMenuAsync(context, cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text(CheckinTexts.CheckinGone), cancellationToken),
        };
    }

    private async Task SummaryOffAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        await repository.SetWeeklySummaryAsync(context.User.Id.Value, false, null, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(CheckinTexts.SummaryOff), cancellationToken);
    }
}
