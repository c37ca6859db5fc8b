using ReflectBot.PlaygroundTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ReflectBot.PlaygroundTests;

[Collection(BrowserCollection.Name)]
public sealed class GroundingInBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Box_breathing_edits_its_message_from_one_phase_to_the_next()
    {
        await using var bot = await PlaygroundBot.StartAsync();
        await using var playground = await browser.OpenAsync(bot);
        var page = playground.Page;

        await playground.StartCommandAsync("ground", "start");
        await playground.PickSuggestionAsync("exercise", "box", "Box breathing");
        await playground.SendAsync();

        var exercise = playground.LastMessageWith("Box breathing");
        await playground.ClickAsync(exercise, "Skip rating");
        await Expect(exercise).ToContainTextAsync("Breathe in through your nose");
        // The same message, edited by the bot as the count runs: no new message appears.
        var messageId = await exercise.GetAttributeAsync("data-message-id");
        await Expect(page.Locator($"[data-message-id='{messageId}']")).ToContainTextAsync("Hold the breath softly");
        await Expect(page.Locator($"[data-message-id='{messageId}']")).ToContainTextAsync("(edited)");
    }
}
