using Microsoft.Playwright;
using ReflectBot.PlaygroundTests.Support;
using static Microsoft.Playwright.Assertions;

namespace ReflectBot.PlaygroundTests;

[Collection(BrowserCollection.Name)]
public sealed class QuizInBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Taking_the_short_quiz_by_clicking_shows_a_private_result_with_its_picture()
    {
        await using var bot = await PlaygroundBot.StartAsync();
        await using var playground = await browser.OpenAsync(bot);

        await playground.RunAsync("quiz", "start");
        var labels = new[] { "Agree", "Somewhat disagree", "Strongly agree", "Disagree" };
        for (var statement = 1; statement <= 12; statement++)
        {
            var quiz = playground.LastMessageWith($"Attachment quiz · {statement} of 12");
            await Expect(quiz).ToBeVisibleAsync();
            await playground.ClickAsync(quiz, labels[statement % labels.Length]);
        }

        var result = playground.LastMessageWith("Your answers lean toward");
        await Expect(result).ToBeVisibleAsync();
        await Expect(result.Locator(".ephemeral-note")).ToHaveTextAsync("Only you can see this");
        await Expect(result).ToContainTextAsync("/help");
        var picture = result.Locator("img.embed-image");
        await Expect(picture).ToBeVisibleAsync();
        await Expect(picture).ToHaveJSPropertyAsync("naturalWidth", 800);

        // REFLECTBOT_PLAYGROUND_SCREENSHOT=docs/playground-quiz.png dotnet test --filter ... redraws the README's picture.
        if (Environment.GetEnvironmentVariable("REFLECTBOT_PLAYGROUND_SCREENSHOT") is { Length: > 0 } path)
        {
            await playground.Page.SetViewportSizeAsync(1280, 1180);
            await result.ScrollIntoViewIfNeededAsync();
            await playground.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }
    }

    [BrowserFact]
    public async Task Typing_a_slash_lists_the_bots_commands_and_an_unknown_one_gets_a_kind_word()
    {
        await using var bot = await PlaygroundBot.StartAsync();
        await using var playground = await browser.OpenAsync(bot);
        var box = playground.Page.Locator("#message-box");

        await box.FillAsync("/");
        var menu = playground.Page.Locator("#command-menu .command-item");
        await Expect(menu.Filter(new LocatorFilterOptions { HasText = "/quiz" })).ToBeVisibleAsync();
        await Expect(menu.Filter(new LocatorFilterOptions { HasText = "/ground" })).ToBeVisibleAsync();

        await box.FillAsync("/nosuchthing");
        await Expect(playground.Page.Locator("#command-menu")).ToContainTextAsync("No command of the bot starts like that.");
        await playground.Page.Locator("#send-button").ClickAsync();
        await Expect(playground.Page.Locator("#composer-status")).ToHaveTextAsync("Pick a command from the list first.");
        await Expect(playground.Messages).ToHaveCountAsync(0);
    }
}
