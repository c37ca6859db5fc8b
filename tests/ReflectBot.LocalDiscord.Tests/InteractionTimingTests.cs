using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

/// <summary>The benchmark's clock: from the dispatch leaving the server to the callback arriving, and the totals.</summary>
public sealed class InteractionTimingTests
{
    [Fact]
    public async Task The_time_from_dispatch_to_callback_is_measured_on_the_servers_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectAsync(test);
        await bot.ReceiveDispatchAsync("INTERACTION_CREATE");
        var before = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);

        clock.Advance(TimeSpan.FromMilliseconds(7.5));
        await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":4,\"data\":{\"content\":\"hi\"}}");
        var after = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);

        Assert.Null(before.DispatchToResponseMs);
        Assert.Equal(7.5, after.DispatchToResponseMs);
        Assert.Equal(TimeSpan.FromMilliseconds(7.5), after.DispatchToResponse);
    }

    [Fact]
    public async Task A_dispatch_replayed_after_a_resume_keeps_the_time_it_first_left()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        var bot = await test.ConnectBotAsync();
        var ready = await test.Control.GetGatewayAsync(TestServer.Timeout);
        var injected = await InjectAsync(test);
        var dispatch = await bot.ReceiveDispatchAsync("INTERACTION_CREATE");
        await bot.DisposeAsync();

        clock.Advance(TimeSpan.FromMilliseconds(40));
        await using var again = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await again.ReceiveAsync();
        await again.ResumeAsync(test.Server.BotToken, ready.Sessions.Single().Id, dispatch["s"]!.GetValue<int>() - 1);
        await again.ReceiveDispatchAsync("INTERACTION_CREATE");
        clock.Advance(TimeSpan.FromMilliseconds(2));
        await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":4,\"data\":{\"content\":\"hi\"}}");

        Assert.Equal(42, (await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout)).DispatchToResponseMs);
    }

    [Fact]
    public async Task The_summary_counts_answered_unanswered_and_refused_second_answers()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var answered = await InjectAsync(test);
        var twice = await InjectAsync(test);
        await InjectAsync(test);

        await test.Anonymous.CallAsync("POST", Callback(answered), "{\"type\":4,\"data\":{\"content\":\"one\"}}");
        await test.Anonymous.CallAsync("POST", Callback(twice), "{\"type\":4,\"data\":{\"content\":\"one\"}}");
        var second = await test.Anonymous.CallAsync("POST", Callback(twice), "{\"type\":4,\"data\":{\"content\":\"two\"}}");
        var summary = await test.Control.GetInteractionSummaryAsync(TestServer.Timeout);

        Assert.Equal(40060, second.Code);
        Assert.Equal(new InteractionSummary(Injected: 3, Answered: 2, AnsweredInTime: 2, Unanswered: 1, RefusedCallbacks: 1), summary);
    }

    private static Task<InjectedInteraction> InjectAsync(TestServer test) => test.Control.InjectInteractionAsync(new InjectInteractionRequest
    {
        Type = 2,
        UserId = test.Server.World.Member.Id,
        ChannelId = test.Server.World.General.Id,
        Data = new JsonObject { ["name"] = "about" },
    }, TestServer.Timeout);

    private static string Callback(InjectedInteraction interaction) => $"interactions/{interaction.Id.Text()}/{interaction.Token}/callback";
}
