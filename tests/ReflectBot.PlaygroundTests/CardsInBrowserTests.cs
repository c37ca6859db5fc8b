using Microsoft.Playwright;
using ReflectBot.PlaygroundTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ReflectBot.PlaygroundTests;

[Collection(BrowserCollection.Name)]
public sealed class CardsInBrowserTests(BrowserFixture browser)
{
    private const string Dopamine = "Dopamine, the wanting signal";

    [BrowserFact]
    public async Task A_moderator_shares_a_card_into_the_channel_and_a_plain_member_is_refused()
    {
        await using var bot = await PlaygroundBot.StartAsync();
        await using var playground = await browser.OpenAsync(bot);

        await playground.BecomeAsync("Mira");
        await ShareAsync(playground, "dopa");
        var card = playground.Messages.Filter(new LocatorFilterOptions { Has = playground.Page.Locator(".embed-title", new PageLocatorOptions { HasText = Dopamine }) });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator(".ephemeral-note")).ToHaveCountAsync(0);
        var confirmation = playground.LastMessageWith($"Shared {Dopamine}");
        await Expect(confirmation.Locator(".ephemeral-note")).ToBeVisibleAsync();
        await Expect(confirmation.Locator(".mention")).ToHaveTextAsync("#general");

        await playground.BecomeAsync("Ada");
        // The card is the channel's; Mira's confirmation was for Mira alone.
        await Expect(card).ToHaveCountAsync(1);
        await Expect(playground.LastMessageWith($"Shared {Dopamine}")).ToHaveCountAsync(0);
        await ShareAsync(playground, "dopa");
        var refusal = playground.LastMessageWith("kept to moderators");
        await Expect(refusal.Locator(".ephemeral-note")).ToBeVisibleAsync();
        await Expect(card).ToHaveCountAsync(1);
    }

    /// <summary>/card share, picking the topic from the bot's live autocomplete suggestions for <paramref name="typed"/>.</summary>
    private static async Task ShareAsync(PlaygroundPage playground, string typed)
    {
        await playground.StartCommandAsync("card", "share");
        await playground.PickSuggestionAsync("topic", typed, Dopamine);
        await playground.SendAsync();
    }
}
