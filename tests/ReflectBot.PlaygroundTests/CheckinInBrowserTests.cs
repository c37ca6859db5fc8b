using Microsoft.Playwright;
using ReflectBot.PlaygroundTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ReflectBot.PlaygroundTests;

[Collection(BrowserCollection.Name)]
public sealed class CheckinInBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_reflection_written_in_the_modal_of_a_checkin_dm_shows_in_the_journal_and_tomorrows_checkin_comes_when_the_clock_moves()
    {
        await using var bot = await PlaygroundBot.StartAsync();
        await using var playground = await browser.OpenAsync(bot);
        var page = playground.Page;

        await playground.RunAsync("checkin", "start", new Dictionary<string, string> { ["time"] = "09:00", ["timezone"] = "UTC" });
        await Expect(playground.Messages.Last.Locator(".ephemeral-note")).ToBeVisibleAsync();
        await playground.OpenDirectMessagesAsync();
        var checkins = playground.Messages.Filter(new LocatorFilterOptions { HasText = "Your check-in for" });
        await Expect(checkins).ToHaveCountAsync(1);

        await playground.ClickAsync(checkins.Last, "Write a reflection");
        var modal = page.Locator("#modal");
        await Expect(modal).ToBeVisibleAsync();
        await modal.Locator(".modal-input").First.FillAsync("A slow walk after dinner helped me settle.");
        await page.Locator("#modal-submit").ClickAsync();
        await Expect(modal).ToBeHiddenAsync();
        await Expect(playground.LastMessageWith("Saved your reflection")).ToBeVisibleAsync();

        await playground.RunAsync("journal");
        var journal = playground.LastMessageWith("Your journal");
        await Expect(journal).ToContainTextAsync("A slow walk after dinner helped me settle.");
        await Expect(journal.Locator(".ephemeral-note")).ToBeVisibleAsync();

        await playground.AdvanceClockADayAsync();
        await Expect(checkins).ToHaveCountAsync(2);
    }
}
