using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Rest;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Every_bot_response_carries_bucket_headers_and_the_sixth_message_in_a_window_gets_429()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        var path = $"channels/{test.Server.World.General.Id.Text()}/messages";

        var answers = new List<ApiAnswer>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await test.Api.CallAsync("POST", path, $"{{\"content\":\"note {i}\"}}"));
        }

        Assert.All(answers.Take(5), a => Assert.Equal(200, a.Status));
        Assert.Equal("5", answers[0].Header("X-RateLimit-Limit"));
        Assert.Equal("4", answers[0].Header("X-RateLimit-Remaining"));
        Assert.Equal("0", answers[4].Header("X-RateLimit-Remaining"));
        Assert.Equal("5.000", answers[0].Header("X-RateLimit-Reset-After"));
        Assert.Equal(clock.GetUtcNow().AddSeconds(5).ToUnixTimeMilliseconds() / 1000.0,
            double.Parse(answers[0].Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture));
        Assert.False(string.IsNullOrEmpty(answers[0].Header("X-RateLimit-Bucket")));
        var limited = answers[5];
        Assert.Equal(429, limited.Status);
        Assert.False(limited.Body!["global"]!.GetValue<bool>());
        Assert.Equal(5.0, limited.Body!["retry_after"]!.GetValue<double>());
        Assert.Equal("5", limited.Header("Retry-After"));
        Assert.Equal("user", limited.Header("X-RateLimit-Scope"));

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(200, (await test.Api.CallAsync("POST", path, "{\"content\":\"after the window\"}")).Status);
    }

    [Fact]
    public async Task Buckets_are_per_channel_so_another_channel_is_not_limited()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await TestServer.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.RouteLimits[RouteLimitTable.CreateMessage] = new RouteLimit(1, TimeSpan.FromSeconds(10));
        });
        var general = $"channels/{test.Server.World.General.Id.Text()}/messages";
        var afterDark = $"channels/{test.Server.World.AfterDark.Id.Text()}/messages";

        var first = await test.Api.CallAsync("POST", general, "{\"content\":\"a\"}");
        var limited = await test.Api.CallAsync("POST", general, "{\"content\":\"b\"}");
        var elsewhere = await test.Api.CallAsync("POST", afterDark, "{\"content\":\"c\"}");

        Assert.Equal(200, first.Status);
        Assert.Equal(429, limited.Status);
        Assert.Equal(200, elsewhere.Status);
        Assert.Equal(first.Header("X-RateLimit-Bucket"), elsewhere.Header("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Exceeding_the_global_limit_answers_a_global_429_but_spares_interaction_routes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await StartWithGlobalLimitOfTwoAsync(clock);

        await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}");
        await test.Api.CallAsync("GET", $"channels/{test.Server.World.AfterDark.Id.Text()}");
        var limited = await test.Api.CallAsync("GET", $"channels/{test.Server.World.Announcements.Id.Text()}");
        var callback = await test.Anonymous.CallAsync("POST", "interactions/1/unknown/callback", "{\"type\":4}");

        Assert.Equal(429, limited.Status);
        Assert.True(limited.Body!["global"]!.GetValue<bool>());
        Assert.Equal("true", limited.Header("X-RateLimit-Global"));
        Assert.Equal("global", limited.Header("X-RateLimit-Scope"));
        Assert.Equal(10062, callback.Code);
        Assert.Equal(1, (await test.Control.GetRequestsAsync(0, TestServer.Timeout)).InvalidRequests);
    }

    [Fact]
    public async Task A_request_over_the_global_limit_counts_against_the_client_however_late_in_the_second_it_comes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await StartWithGlobalLimitOfTwoAsync(clock);
        var general = $"channels/{test.Server.World.General.Id.Text()}";
        var afterDark = $"channels/{test.Server.World.AfterDark.Id.Text()}";

        // Two at the start of a second, a third 999 ms on: still the same second, so over the limit.
        await test.Api.CallAsync("GET", general);
        await test.Api.CallAsync("GET", afterDark);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        var late = await test.Api.CallAsync("GET", general);
        var afterLate = await test.Control.GetRateLimitStatsAsync(TestServer.Timeout);

        // A millisecond on, a new second has begun.
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var next = await test.Api.CallAsync("GET", afterDark);
        var afterNext = await test.Control.GetRateLimitStatsAsync(TestServer.Timeout);

        Assert.Equal((429, 200), (late.Status, next.Status));
        Assert.Equal((1, 1), (afterLate.GlobalViolations, afterNext.GlobalViolations));
    }

    [Fact]
    public async Task A_rest_fault_answers_the_next_requests_with_the_given_status_then_stops()
    {
        await using var test = await TestServer.StartAsync();
        await test.Control.FailRestRequestsAsync(new RestFaultRequest(2, 429, Global: true, RetryAfter: 0.5), TestServer.Timeout);
        var path = $"channels/{test.Server.World.General.Id.Text()}";

        var first = await test.Api.CallAsync("GET", path);
        var second = await test.Api.CallAsync("GET", path);
        var third = await test.Api.CallAsync("GET", path);

        Assert.Equal(429, first.Status);
        Assert.True(first.Body!["global"]!.GetValue<bool>());
        Assert.Equal(0.5, first.Body!["retry_after"]!.GetValue<double>());
        Assert.Equal(429, second.Status);
        Assert.Equal(200, third.Status);
    }

    private static Task<TestServer> StartWithGlobalLimitOfTwoAsync(FakeTimeProvider clock) => TestServer.StartAsync(o =>
    {
        o.TimeProvider = clock;
        o.GlobalRequestsPerSecond = 2;
    });
}
