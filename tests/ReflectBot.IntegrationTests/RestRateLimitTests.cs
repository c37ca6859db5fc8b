using ReflectBot.Discord.Models;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Rest;

namespace ReflectBot.IntegrationTests;

/// <summary>Our REST client against the local Discord's real rate limits, over real sockets.</summary>
public sealed class RestRateLimitTests
{
    [Fact]
    public async Task Sixty_messages_to_one_channel_with_a_limit_of_five_never_exceed_the_bucket()
    {
        await using var bot = await TestBot.CreateAsync(configureDiscord: o =>
            o.RouteLimits[RouteLimitTable.CreateMessage] = new RouteLimit(5, TimeSpan.FromMilliseconds(250)));
        await using var rest = new RestClientHarness(bot.Discord);
        var channel = new Snowflake(bot.Discord.World.General.Id);

        var sends = Enumerable.Range(1, 60).Select(i =>
            rest.Client.CreateMessageAsync(channel, new MessageCreate { Content = $"message {i}" }, null, CancellationToken.None));
        await Task.WhenAll(sends).WaitAsync(TestBot.Patience);

        var log = await bot.Control.GetRequestsAsync(0, CancellationToken.None);
        var posts = log.Requests.Where(r => r.Route == RouteLimitTable.CreateMessage).ToList();
        Assert.Equal(60, posts.Count);
        Assert.All(posts, r => Assert.Equal(200, r.Status));
        Assert.Equal(0, log.InvalidRequests);
        Assert.Equal(60, (await bot.Control.GetChannelMessagesAsync(channel.Value, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_retried()
    {
        await using var bot = await TestBot.CreateAsync();
        await using var rest = new RestClientHarness(bot.Discord);
        await bot.Control.FailRestRequestsAsync(new RestFaultRequest(1, 429, Global: false, RetryAfter: 0.4), CancellationToken.None);

        var message = await rest.Client.CreateMessageAsync(
            new Snowflake(bot.Discord.World.General.Id), new MessageCreate { Content = "after the wait" }, null, CancellationToken.None);

        var posts = (await bot.Control.GetRequestsAsync(0, CancellationToken.None)).Requests
            .Where(r => r.Route == RouteLimitTable.CreateMessage).ToList();
        Assert.Equal([429, 200], posts.Select(r => r.Status));
        Assert.True(posts[1].ReceivedAt - posts[0].CompletedAt >= TimeSpan.FromMilliseconds(380));
        Assert.Equal("after the wait", message.Content);
    }

    [Fact]
    public async Task A_global_429_pauses_requests_on_every_route()
    {
        await using var bot = await TestBot.CreateAsync();
        await using var rest = new RestClientHarness(bot.Discord);
        await bot.Control.FailRestRequestsAsync(new RestFaultRequest(1, 429, Global: true, RetryAfter: 0.6), CancellationToken.None);

        var first = rest.Client.CreateMessageAsync(
            new Snowflake(bot.Discord.World.General.Id), new MessageCreate { Content = "first" }, null, CancellationToken.None);
        var limited = await bot.Control.WaitForRequestsAsync("POST", "/channels/*", 1, TestBot.Patience, CancellationToken.None);
        var globalLimitAt = limited.Requests[0].CompletedAt;
        await rest.Logs.WaitForAsync(e => e.Message.Contains("rate limited (global: True", StringComparison.Ordinal), TestBot.Patience);
        var other = rest.Client.CreateMessageAsync(
            new Snowflake(bot.Discord.World.AfterDark.Id), new MessageCreate { Content = "other route" }, null, CancellationToken.None);
        await Task.WhenAll(first, other).WaitAsync(TestBot.Patience);

        var requests = (await bot.Control.GetRequestsAsync(0, CancellationToken.None)).Requests;
        Assert.Equal(429, requests[0].Status);
        Assert.All(requests.Skip(1), r => Assert.True(r.ReceivedAt - globalLimitAt >= TimeSpan.FromMilliseconds(550), $"{r.Path} was sent {(r.ReceivedAt - globalLimitAt).TotalMilliseconds:F0} ms after the global 429"));
    }
}
