using ReflectBot.Core.Cards;
using ReflectBot.Core.Content;

namespace ReflectBot.Commands.Cards;

/// <summary>The explainer cards from the content loaded at start: found by id, listed by theme, searched while typing.</summary>
public sealed class CardLibrary(ContentCatalogProvider catalog)
{
    public const int MaxSuggestions = 25;

    public IReadOnlyDictionary<string, ExplainerCard> All => catalog.Current.All<ExplainerCard>();

    public ExplainerCard? Find(string? id) => id is not null && All.TryGetValue(id.Trim(), out var card) ? card : null;

    /// <summary>Cards whose id, title or summary contain <paramref name="text"/> (all when empty), titles first, at most 25.</summary>
    public IReadOnlyList<ExplainerCard> Search(string? text)
    {
        var query = text?.Trim() ?? "";
        return All.Values
            .Select(card => (Card: card, Rank: Rank(card, query)))
            .Where(match => match.Rank >= 0)
            .OrderBy(match => match.Rank)
            .ThenBy(match => match.Card.Title, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions)
            .Select(match => match.Card)
            .ToList();
    }

    /// <summary>Every card grouped by theme, in the themes' fixed order, titles alphabetical within each.</summary>
    public IReadOnlyList<(string Theme, IReadOnlyList<ExplainerCard> Cards)> ByTheme() =>
        CardThemes.All
            .Select(theme => (theme, (IReadOnlyList<ExplainerCard>)All.Values
                .Where(card => card.Theme == theme)
                .OrderBy(card => card.Title, StringComparer.OrdinalIgnoreCase)
                .ToList()))
            .Where(group => group.Item2.Count > 0)
            .ToList();

    // 0: the title or id starts with the text; 1: they contain it; 2: the summary does; -1: no match.
    private static int Rank(ExplainerCard card, string query)
    {
        if (query.Length == 0
            || card.Title.StartsWith(query, StringComparison.OrdinalIgnoreCase)
            || card.Id.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (card.Title.Contains(query, StringComparison.OrdinalIgnoreCase) || card.Id.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return card.Summary.Contains(query, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}
