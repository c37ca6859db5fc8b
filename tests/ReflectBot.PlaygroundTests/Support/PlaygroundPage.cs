using Microsoft.Playwright;

namespace ReflectBot.PlaygroundTests.Support;

/// <summary>What a person does on the playground page, in their words: run a command, click a button, switch who they are.</summary>
public sealed class PlaygroundPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>How long an expectation waits for the page to show something.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public IPage Page => page;

    public ILocator Messages => page.Locator("#messages .message");

    /// <summary>The newest message whose text contains <paramref name="text"/>.</summary>
    public ILocator LastMessageWith(string text) => Messages.Filter(new LocatorFilterOptions { HasText = text }).Last;

    /// <summary>Types "/" and the command's name, picks it from the list, picks the subcommand, fills the options and sends.</summary>
    public async Task RunAsync(string command, string? subcommand = null, IReadOnlyDictionary<string, string>? options = null)
    {
        await StartCommandAsync(command, subcommand);
        foreach (var (name, value) in options ?? new Dictionary<string, string>())
        {
            await FillAsync(name, value);
        }

        await SendAsync();
    }

    /// <summary>Types "/" and the command's name, picks it from the list, and picks the subcommand.</summary>
    public async Task StartCommandAsync(string command, string? subcommand = null)
    {
        await page.Locator("#message-box").FillAsync("/" + command);
        await page.Locator($"#command-menu .command-item[data-command='{command}']").ClickAsync();
        if (subcommand is not null)
        {
            await page.Locator($"#command-form .subcommand[data-subcommand='{subcommand}']").ClickAsync();
        }
    }

    /// <summary>Types into an option, or picks the choice with that label from its list.</summary>
    public async Task FillAsync(string option, string value)
    {
        var input = Option(option);
        if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await input.SelectOptionAsync(new SelectOptionValue { Label = value });
        }
        else
        {
            await input.FillAsync(value);
        }
    }

    /// <summary>Types <paramref name="typed"/> into an autocomplete option and picks the bot's suggestion that says <paramref name="suggestion"/>.</summary>
    public async Task PickSuggestionAsync(string option, string typed, string suggestion)
    {
        await Option(option).FillAsync(typed);
        await page.Locator("#command-form .suggestion", new PageLocatorOptions { HasText = suggestion }).ClickAsync();
        await Assertions.Expect(Option(option)).Not.ToHaveValueAsync(typed);
    }

    public async Task SendAsync() => await page.Locator("#send-button").ClickAsync();

    public async Task ClickAsync(ILocator message, string buttonLabel) =>
        await message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = buttonLabel, Exact = true }).ClickAsync();

    public async Task BecomeAsync(string name)
    {
        var select = page.Locator("#user-select");
        var label = await select.Locator("option").Filter(new LocatorFilterOptions { HasText = name }).First.TextContentAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = label! });
    }

    public async Task OpenChannelAsync(string name) => await page.Locator($"#channel-list .channel[data-channel='{name}']").ClickAsync();

    public async Task OpenDirectMessagesAsync() => await page.Locator("#rail-dms").ClickAsync();

    public async Task AdvanceClockADayAsync() => await page.Locator("#advance-day").ClickAsync();

    private ILocator Option(string name) => page.Locator($"#command-form .option-input[name='{name}']");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
