using ReflectBot.Core.Cards;
using ReflectBot.Core.Content;
using ReflectBot.Core.Tests.Content;

namespace ReflectBot.Core.Tests.Cards;

public sealed class CardContentValidationTests
{
    private const string Folder = "prompts/cards";

    [Fact]
    public async Task A_valid_card_loads_with_every_field()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-03.yaml", """
            id: card-03
            title: Oxytocin, briefly
            summary: What the hormone does and does not do.
            theme: hormones
            mature: true
            sources: [oxytocin-bonding, oxytocin-healing]
            related: [card-01, card-02]
            body: |
              First line.

              Second line.
            """);

        var catalog = await new ContentLoader().LoadOrThrowAsync(prompts.Path, CancellationToken.None);

        var card = catalog.Get<ExplainerCard>("card-03");
        Assert.Equal("Oxytocin, briefly", card.Title);
        Assert.Equal("What the hormone does and does not do.", card.Summary);
        Assert.Equal(CardThemes.Hormones, card.Theme);
        Assert.True(card.Mature);
        Assert.Equal([CardSources.OxytocinBonding, CardSources.OxytocinHealing], card.Sources);
        Assert.Equal(["card-01", "card-02"], card.Related);
        Assert.Equal("First line.\n\nSecond line.", card.Body);
        Assert.Equal(CardContent.Count, catalog.All<ExplainerCard>().Count);
    }

    [Fact]
    public async Task Missing_keys_are_all_reported_at_once()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", "id: card-01\n");

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            ["title", "summary", "theme", "mature", "sources", "related", "body"],
            errors.Select(e => e.Reason.Replace("missing required key '", "", StringComparison.Ordinal).TrimEnd('\'')));
        Assert.All(errors, e => Assert.Equal($"{Folder}/card-01.yaml", e.File));
    }

    [Fact]
    public async Task Mature_must_be_true_or_false()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02]").Replace("mature: false", "mature: maybe", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 5, 9, "'mature' must be true or false, but it is 'maybe'"), error);
    }

    [Fact]
    public async Task An_unknown_theme_is_reported_with_the_allowed_ones()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02]", theme: "gossip"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(
            new ContentError($"{Folder}/card-01.yaml", 4, 8, "'theme' is 'gossip'; it must be one of: hormones, patterns, connection, healing, support"),
            error);
    }

    [Fact]
    public async Task A_title_over_two_lines_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02]").Replace("title: About card-01", "title: |\n  One\n  Two", StringComparison.Ordinal));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 2, 8, "'title' must be a single line"), error);
    }

    [Fact]
    public async Task An_unknown_source_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02]", sources: "[a-blog]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(6, error.Line);
        Assert.StartsWith("item 1 of 'sources' is 'a-blog'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_four_related_cards_are_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02, card-03, card-04, card-05, card-06]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 7, 10, "'related' has 5 items; the limit is 4"), error);
    }

    [Fact]
    public async Task An_empty_related_list_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 7, 10, "'related' needs at least one item"), error);
    }

    [Fact]
    public async Task A_related_id_without_a_card_is_reported_at_the_related_key()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02, dopamine]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 7, 10, "'related' lists 'dopamine', but there is no card with that id"), error);
    }

    [Fact]
    public async Task A_card_related_to_itself_is_refused()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-01]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError($"{Folder}/card-01.yaml", 7, 10, "'related' lists the card itself ('card-01'); name other cards"), error);
    }

    [Fact]
    public async Task A_card_too_long_for_one_embed_is_reported_at_the_body_with_its_total()
    {
        // Each part within its own limit always fits; a body past its limit may also push the whole card past the embed's.
        using var prompts = new TempPromptsFolder();
        prompts.Write("cards/card-01.yaml", CardContent.Card("card-01", "[card-02]", body: new string('a', 5700)));

        var errors = await prompts.LoadErrorsAsync();

        Assert.Equal(
            [
                new ContentError($"{Folder}/card-01.yaml", 8, 7, "'body' is 5700 characters long; the limit is 4096"),
                new ContentError($"{Folder}/card-01.yaml", 8, 7, "title, summary and body together are 5735 characters long; the limit is 5700 so the card fits in one Discord embed"),
            ],
            errors);
    }

    [Fact]
    public async Task Fewer_than_twenty_cards_are_reported_against_the_folder()
    {
        using var prompts = new TempPromptsFolder();
        prompts.Delete("cards/card-20.yaml");
        prompts.Write("cards/card-19.yaml", CardContent.Card("card-19", "[card-01]"));

        var error = Assert.Single(await prompts.LoadErrorsAsync());

        Assert.Equal(new ContentError(Folder, 0, 0, "there are 19 card(s); at least 20 are needed"), error);
    }
}
