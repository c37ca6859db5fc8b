using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordServiceCollectionExtensionsTests
{
    private const string InteractionToken = "interaction-SECRET-token";

    [Fact]
    public async Task AddDiscordRest_registers_one_client_that_uses_the_registered_clock_and_logs_no_urls()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var handler = new FakeDiscordHandler(time);
        var served = 0;
        handler.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref served) == 1
            ? Answer.RateLimited(2)
            : Answer.Json(HttpStatusCode.OK, Answer.MessageJson));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(time);
        services.AddOptions<DiscordClientOptions>().Configure(options => options.Token = RestHarness.BotToken);
        services.AddDiscordRest();
        services.AddHttpClient(DiscordServiceCollectionExtensions.RestHttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<DiscordRestClient>();
        Assert.Same(client, provider.GetRequiredService<DiscordRestClient>());
        Assert.Same(provider.GetRequiredService<IDiscordRateLimiter>(), provider.GetRequiredService<IDiscordRateLimiter>());

        var edit = client.EditOriginalInteractionResponseAsync(new Snowflake(11), InteractionToken, new MessageEdit { Content = "x" }, null, CancellationToken.None);
        await handler.WaitForRequestsAsync(1);
        Assert.False(edit.IsCompleted);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!edit.IsCompleted && !bound.IsCancellationRequested)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Yield();
        }

        await edit;
        Assert.Equal(2, handler.Requests.Count);
        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain("SECRET", line.Text, StringComparison.Ordinal));
    }
}
