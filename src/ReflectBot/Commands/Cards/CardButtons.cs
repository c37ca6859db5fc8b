using ReflectBot.Core.Cards;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Cards;

/// <summary>"Show me more" under a shared card: anyone who clicks gets the card and its related cards, privately.</summary>
public sealed class CardButtons(CardLibrary library) : IComponentHandler
{
    public string Prefix => CardCustomIds.Prefix;

    public Task HandleAsync(InteractionContext context, CustomId customId, CancellationToken cancellationToken)
    {
        if (customId.PartOrDefault(0) != CardCustomIds.More || library.Find(customId.PartOrDefault(1)) is not { } card)
        {
            return context.RespondAsync(InteractionReply.Text(CardTexts.CardGone), cancellationToken);
        }

        var related = card.Related.Select(library.Find).OfType<ExplainerCard>().ToList();
        return context.RespondAsync(CardView.More(card, related), cancellationToken);
    }
}
