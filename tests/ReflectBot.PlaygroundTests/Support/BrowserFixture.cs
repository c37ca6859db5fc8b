using Microsoft.Playwright;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.PlaygroundTests.Support;

/// <summary>One headless Chromium for the browser tests; each test opens its own context (cookies, storage, page).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private MachineTurn? _turn;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is not { } executable)
        {
            return;
        }

        Assertions.SetDefaultExpectTimeout((float)PlaygroundPage.Patience.TotalMilliseconds);
        // Chromium's bursts would skew the fault suite's deadlines: take turns with it.
        _turn = await MachineTurn.TakeAsync(TimeSpan.FromMinutes(10), CancellationToken.None);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh page on <paramref name="bot"/>'s playground, once it has drawn itself.</summary>
    public async Task<PlaygroundPage> OpenAsync(PlaygroundBot bot)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout((float)PlaygroundPage.Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync(bot.Address.ToString());
        await Assertions.Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
        return new PlaygroundPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _turn?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
