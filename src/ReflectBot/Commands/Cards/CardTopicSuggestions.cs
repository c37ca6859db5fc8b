using ReflectBot.Discord.Models;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Cards;

/// <summary>Suggests cards while someone types a topic; in share, cards about sex are marked so a moderator sees it before posting.</summary>
public sealed class CardTopicSuggestions(CardLibrary library) : IAutocompleteHandler
{
    private const int ChoiceNameLimit = 100;

    public string CommandName => CardCommand.Name;

    public Task<IReadOnlyList<ApplicationCommandOptionChoice>> SuggestAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var data = context.Interaction.Data;
        var focused = data?.FocusedOption;
        if (focused?.Name != CardCommand.TopicOption)
        {
            return Task.FromResult<IReadOnlyList<ApplicationCommandOptionChoice>>([]);
        }

        var sharing = data!.CommandPath is [_, CardCommand.ShareSubcommand, ..];
        IReadOnlyList<ApplicationCommandOptionChoice> choices = library.Search(focused.AsString())
            .Select(card => ApplicationCommandOptionChoice.String(Fit(sharing && card.Mature ? CardView.Label(card) + " (age-restricted channels only)" : card.Title), card.Id))
            .ToList();
        return Task.FromResult(choices);
    }

    private static string Fit(string text) => text.Length <= ChoiceNameLimit ? text : text[..(ChoiceNameLimit - 1)] + "…";
}
