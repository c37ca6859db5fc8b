using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

/// <summary>A 429 storm refuses a share of requests, and what it refuses stays refused for the retry_after it asked.</summary>
public sealed class RestStormTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_storm_refuses_about_its_ratio_with_route_and_global_429s_and_ends_on_time()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.EnforceRateLimits = false;
        });
        await test.Control.StartRestStormAsync(new RestStormRequest(Ratio: 0.3, GlobalShare: 0.5, RetryAfter: 0.25, DurationMs: 60_000, Seed: 3), TestServer.Timeout);

        // One request a second for the storm's minute of server time, then one after it.
        var statuses = new List<ApiAnswer>();
        for (var i = 0; i < 60; i++)
        {
            statuses.Add(await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}"));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var afterwards = await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}");
        var stats = await test.Control.GetRateLimitStatsAsync(TestServer.Timeout);

        var refused = statuses.Where(s => s.Status == 429).ToList();
        Assert.InRange(refused.Count, 8, 30);
        Assert.Contains(refused, s => s.Body!["global"]!.GetValue<bool>() && s.Header("X-RateLimit-Scope") == "global");
        Assert.Contains(refused, s => !s.Body!["global"]!.GetValue<bool>() && s.Header("X-RateLimit-Scope") == "user");
        Assert.All(refused, s => Assert.Equal(0.25, s.Body!["retry_after"]!.GetValue<double>()));
        Assert.Equal(200, afterwards.Status);
        Assert.False(stats.StormActive);
        Assert.Equal(refused.Count, stats.InjectedRoute + stats.InjectedGlobal);
        Assert.Equal((0, 0), (stats.RouteViolations, stats.GlobalViolations));
    }

    [Fact]
    public async Task A_request_into_a_bucket_the_storm_exhausted_is_a_route_violation_until_retry_after_passes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        var general = $"channels/{test.Server.World.General.Id.Text()}";
        await test.Control.StartRestStormAsync(new RestStormRequest(Ratio: 1, GlobalShare: 0, RetryAfter: 2), TestServer.Timeout);
        var injected = await test.Api.CallAsync("GET", general);
        await test.Control.EndRestStormAsync(TestServer.Timeout);

        // Within 200 ms of the 429 a request counts as already on its way: refused, but no violation.
        var inFlight = await test.Api.CallAsync("GET", general);
        clock.Advance(TimeSpan.FromMilliseconds(199));
        var stillInFlight = await test.Api.CallAsync("GET", general);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var tooSoon = await test.Api.CallAsync("GET", general);
        var otherChannel = await test.Api.CallAsync("GET", $"channels/{test.Server.World.AfterDark.Id.Text()}");
        clock.Advance(TimeSpan.FromMilliseconds(1_800));
        var onTime = await test.Api.CallAsync("GET", general);
        var stats = await test.Control.GetRateLimitStatsAsync(TestServer.Timeout);

        Assert.Equal((429, "0", "2.000"), (injected.Status, injected.Header("X-RateLimit-Remaining"), injected.Header("X-RateLimit-Reset-After")));
        Assert.Equal((429, 429, 429), (inFlight.Status, stillInFlight.Status, tooSoon.Status));
        Assert.Equal(200, otherChannel.Status);
        Assert.Equal(200, onTime.Status);
        Assert.Equal(new RateLimitStats(false, InjectedRoute: 1, InjectedGlobal: 0, RouteViolations: 1, GlobalViolations: 0, InvalidRequests: 4), stats with { RecentViolations = [] });
        Assert.StartsWith("GET /channels/{channel_id}: bucket held by a 429", Assert.Single(stats.RecentViolations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_global_429_from_the_storm_holds_every_bot_route_but_not_interaction_callbacks()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        await test.Control.StartRestStormAsync(new RestStormRequest(Ratio: 1, GlobalShare: 1, RetryAfter: 1), TestServer.Timeout);
        var injected = await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}");
        await test.Control.ResetFaultsAsync(TestServer.Timeout);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        var elsewhere = await test.Api.CallAsync("GET", $"channels/{test.Server.World.AfterDark.Id.Text()}");
        var callback = await test.Anonymous.CallAsync("POST", "interactions/1/unknown/callback", "{\"type\":4}");
        clock.Advance(TimeSpan.FromMilliseconds(800));
        var later = await test.Api.CallAsync("GET", $"channels/{test.Server.World.AfterDark.Id.Text()}");
        var stats = await test.Control.GetRateLimitStatsAsync(TestServer.Timeout);

        Assert.True(injected.Body!["global"]!.GetValue<bool>());
        Assert.Equal("true", injected.Header("X-RateLimit-Global"));
        Assert.Equal(429, elsewhere.Status);
        Assert.True(elsewhere.Body!["global"]!.GetValue<bool>());
        Assert.Equal(10062, callback.Code);
        Assert.Equal(200, later.Status);
        Assert.Equal((1, 1), (stats.InjectedGlobal, stats.GlobalViolations));
    }

    [Fact]
    public async Task Callbacks_the_storm_refuses_are_counted_on_their_interaction_and_the_next_attempt_can_still_answer()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        await using var bot = await test.ConnectBotAsync();
        var injected = await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = test.Server.World.Member.Id,
            ChannelId = test.Server.World.General.Id,
            Data = new JsonObject { ["name"] = "quiz", ["options"] = new JsonArray() },
        }, TestServer.Timeout);
        var callback = $"interactions/{injected.Id.Text()}/{injected.Token}/callback";
        await test.Control.StartRestStormAsync(new RestStormRequest(Ratio: 1, GlobalShare: 1, RetryAfter: 0.5), TestServer.Timeout);

        var refused = new[]
        {
            await test.Anonymous.CallAsync("POST", callback, "{\"type\":4,\"data\":{\"content\":\"one\"}}"),
            await test.Anonymous.CallAsync("POST", callback, "{\"type\":4,\"data\":{\"content\":\"two\"}}"),
        };
        var during = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);
        await test.Control.EndRestStormAsync(TestServer.Timeout);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var answered = await test.Anonymous.CallAsync("POST", callback, "{\"type\":4,\"data\":{\"content\":\"three\"}}");
        var after = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);

        Assert.All(refused, r => Assert.Equal((429, false), (r.Status, r.Body!["global"]!.GetValue<bool>())));
        Assert.Equal((2, null), (during.RateLimitedCallbacks, during.InitialResponse));
        Assert.Equal(204, answered.Status);
        Assert.Equal(2, after.RateLimitedCallbacks);
        Assert.Equal("three", after.InitialResponse!.Data!["content"]!.GetValue<string>());
        Assert.Empty(after.RefusedCallbacks);
    }

    [Theory]
    [InlineData("{\"ratio\":0}")]
    [InlineData("{\"ratio\":1.5}")]
    [InlineData("{\"ratio\":0.3,\"global_share\":2}")]
    [InlineData("{\"ratio\":0.3,\"retry_after\":0}")]
    [InlineData("{\"ratio\":0.3,\"duration_ms\":0}")]
    [InlineData("not json")]
    public async Task A_storm_with_impossible_settings_is_refused(string body)
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.ControlHttp.CallAsync("POST", "faults/rest-storm", body);

        Assert.Equal(400, answer.Status);
    }
}
