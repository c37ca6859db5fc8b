using ReflectBot.Core.Content;
using ReflectBot.Data.Checkins;
using ReflectBot.Interactions;
using ReflectBot.Rendering;

namespace ReflectBot.Commands.Checkins;

/// <summary>The buttons on check-in and summary DMs. Ids that do not parse are treated as stale, not trusted.</summary>
public sealed class CheckinButtons(
    CheckinAnswers answers,
    CheckinRepository repository,
    ContentCatalogProvider content,
    TimeProvider timeProvider) : IComponentHandler
{
    /// <summary>The short grounding exercise a check-in offers, until /ground has its own flow.</summary>
    public const string GroundingPageId = "quick-grounding";

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
            CheckinCustomIds.Ground => context.RespondAsync(InteractionReply.WithEmbed(PageEmbed.From(content.Current.GetPage(GroundingPageId))), cancellationToken),
            _ => context.RespondAsync(InteractionReply.Text(CheckinTexts.CheckinGone), cancellationToken),
        };
    }

    private async Task SummaryOffAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        await repository.SetWeeklySummaryAsync(context.User.Id.Value, false, null, timeProvider.GetUtcNow(), cancellationToken);
        await context.RespondAsync(InteractionReply.Text(CheckinTexts.SummaryOff), cancellationToken);
    }
}
