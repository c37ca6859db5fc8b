using System.Text.RegularExpressions;
using ReflectBot.Core.Cards;
using ReflectBot.Core.Content;
using ReflectBot.Core.Tests.Quiz;

namespace ReflectBot.Core.Tests.Cards;

/// <summary>The cards in the repository's prompts/cards, as moderators will share them.</summary>
public sealed partial class RepositoryCardsTests
{
    private const int EmbedTotalLimit = 6000;
    private const int EmbedDescriptionLimit = 4096;

    [Fact]
    public async Task Every_real_card_fits_one_embed_and_points_only_to_cards_that_exist()
    {
        var cards = await LoadAsync();

        Assert.InRange(cards.Count, 20, 200);
        Assert.All(cards.Values, card =>
        {
            Assert.InRange(card.Body.Length, 1, EmbedDescriptionLimit);
            Assert.True(card.Title.Length + card.Summary.Length + card.Body.Length <= EmbedTotalLimit, $"{card.Id} is too long for one embed");
            Assert.All(card.Related, related => Assert.True(cards.ContainsKey(related) && related != card.Id, $"{card.Id} points to '{related}'"));
        });
    }

    [Fact]
    public async Task Every_real_card_that_talks_about_sex_is_marked_mature_and_general_cards_lead_only_to_general_ones()
    {
        var cards = await LoadAsync();

        var unmarked = cards.Values.Where(card => !card.Mature && AboutSex().IsMatch($"{card.Title}\n{card.Summary}\n{card.Body}")).Select(card => card.Id).ToList();
        Assert.True(unmarked.Count == 0, $"These cards talk about sex but are not marked mature: {string.Join(", ", unmarked)}");
        Assert.Contains(cards.Values, card => card.Mature);
        var leaks = cards.Values.Where(card => !card.Mature).SelectMany(card => card.Related.Where(id => cards[id].Mature).Select(id => $"{card.Id} → {id}")).ToList();
        Assert.True(leaks.Count == 0, $"General cards lead to mature ones: {string.Join(", ", leaks)}");
    }

    [Fact]
    public async Task The_card_on_sex_differences_in_oxytocin_gives_both_views_instead_of_picking_one()
    {
        var cards = await LoadAsync();

        var card = cards["oxytocin-sex-differences"];
        Assert.Matches(DisagreementWords(), card.Body);
    }

    private static async Task<IReadOnlyDictionary<string, ExplainerCard>> LoadAsync()
    {
        var result = await new ContentLoader().LoadAsync(RepositoryPromptsTests.FindPrompts(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Catalog.All<ExplainerCard>();
    }

    [GeneratedRegex(@"\b(sex|sexual|sexually|orgasm\w*|intercourse|in bed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutSex();

    [GeneratedRegex(@"\b(disagree\w*|differ\w*|other (article|source)|not settled|mixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DisagreementWords();
}
