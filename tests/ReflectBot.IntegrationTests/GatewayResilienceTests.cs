using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReflectBot.IntegrationTests.Support;
using ReflectBot.Interactions;

namespace ReflectBot.IntegrationTests;

/// <summary>The bot survives what Discord's gateway does to long-lived connections.</summary>
public sealed class GatewayResilienceTests
{
    [Fact]
    public async Task Dropped_socket_is_resumed_and_an_interaction_sent_meanwhile_is_handled_once()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.DropSocketAsync(CancellationToken.None);
        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await bot.Control.WaitForGatewayAsync("resumed", 1, TestBot.Patience, CancellationToken.None);
        var answer = await bot.WaitForAnswerAsync(about);

        Assert.Equal(4, answer.InitialResponse!.Type);
        await AssertAnsweredOnceAsync(bot, about.Id);
        var gateway = await bot.Control.GetGatewayAsync(CancellationToken.None);
        Assert.Equal(1, gateway.Identifies);
    }

    [Fact]
    public async Task Missing_heartbeat_acks_are_detected_as_a_zombie_and_resumed()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.StopHeartbeatAcksAsync(CancellationToken.None);
        await bot.Control.WaitForGatewayAsync("disconnect", 1, TestBot.Patience, CancellationToken.None);
        await bot.Control.ResumeHeartbeatAcksAsync(CancellationToken.None);
        var gateway = await bot.Control.WaitForGatewayAsync("resumed", 1, TestBot.Patience, CancellationToken.None);

        var close = Assert.Single(gateway.Closes);
        Assert.False(close.ByServer);
        Assert.NotEqual(1000, close.Code);
        Assert.Equal(1, gateway.Identifies);
        await AssertAboutIsAnsweredAsync(bot);
    }

    [Fact]
    public async Task Reconnect_request_is_followed_by_a_resume()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.SendReconnectAsync(CancellationToken.None);
        var gateway = await bot.Control.WaitForGatewayAsync("resumed", 1, TestBot.Patience, CancellationToken.None);

        Assert.Equal(1, gateway.Identifies);
        await AssertAboutIsAnsweredAsync(bot);
    }

    [Fact]
    public async Task Invalid_session_that_cannot_be_resumed_leads_to_a_fresh_identify()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Control.SendInvalidSessionAsync(resumable: false, CancellationToken.None);
        var gateway = await bot.Control.WaitForGatewayAsync("ready", 2, TestBot.Patience, CancellationToken.None);

        Assert.Equal(2, gateway.Identifies);
        Assert.Equal(0, gateway.Resumes);
        await AssertAboutIsAnsweredAsync(bot);
    }

    [Fact]
    public async Task Authentication_failure_stops_the_host_with_a_clear_message_and_no_reconnect()
    {
        await using var bot = await TestBot.StartAsync();
        var lifetime = bot.Host!.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        await bot.Control.CloseSocketAsync(4004, "Authentication failed.", CancellationToken.None);
        await stopping.Task.WaitAsync(TestBot.Patience);

        Assert.Contains(bot.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical && e.Message.Contains("4004", StringComparison.Ordinal));
        var gateway = await bot.Control.GetGatewayAsync(CancellationToken.None);
        Assert.Equal(1, gateway.Connects);
    }

    [Fact]
    public async Task A_slow_handler_delays_neither_heartbeats_nor_other_interactions()
    {
        var blocking = new BlockingCommand();
        await using var bot = await TestBot.StartAsync(
            configureHost: b => b.Services.AddSingleton<ISlashCommand>(blocking),
            settings: new() { ["Bot:AutoDeferAfter"] = "00:00:00.5" });

        var slow = await bot.RunCommandAsync("blocking", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await blocking.Started.WaitAsync(TestBot.Patience);
        var heartbeatsBefore = (await bot.Control.GetGatewayAsync(CancellationToken.None)).HeartbeatsReceived;

        var about = await bot.RunCommandAsync("about", bot.Discord.World.Moderator.Id, bot.Discord.World.General.Id);
        var aboutAnswer = await bot.WaitForAnswerAsync(about);
        await bot.Control.WaitForGatewayAsync("heartbeat", heartbeatsBefore + 3, TestBot.Patience, CancellationToken.None);
        var slowAnswer = await bot.WaitForAnswerAsync(slow);

        Assert.True(aboutAnswer.AnsweredInTime);
        Assert.Equal(4, aboutAnswer.InitialResponse!.Type);
        Assert.True(slowAnswer.AnsweredInTime);
        Assert.Equal(5, slowAnswer.InitialResponse!.Type);

        blocking.Release();
        await bot.Control.WaitForRequestsAsync("PATCH", "/webhooks/*", 1, TestBot.Patience, CancellationToken.None);
        var finished = await bot.Control.GetInteractionAsync(slow.Id, CancellationToken.None);
        Assert.Single(finished.Edits);
    }

    [Fact]
    public async Task Shutdown_lets_an_interaction_in_flight_finish_and_closes_the_gateway_cleanly()
    {
        var blocking = new BlockingCommand();
        await using var bot = await TestBot.StartAsync(configureHost: b => b.Services.AddSingleton<ISlashCommand>(blocking));
        var slow = await bot.RunCommandAsync("blocking", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        await blocking.Started.WaitAsync(TestBot.Patience);

        var stopping = bot.StopHostAsync();
        var gateway = await bot.Control.WaitForGatewayAsync("disconnect", 1, TestBot.Patience, CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        blocking.Release();
        await stopping.WaitAsync(TestBot.Patience);

        var close = Assert.Single(gateway.Closes);
        Assert.Equal(1000, close.Code);
        Assert.False(close.ByServer);
        var state = await bot.Control.GetInteractionAsync(slow.Id, CancellationToken.None);
        Assert.True(state.InitialResponse is not null || state.Edits.Count > 0);
        Assert.Contains("Finished", (state.Edits.Count > 0 ? state.Edits[^1].Data : state.InitialResponse!.Data)!.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task AssertAboutIsAnsweredAsync(TestBot bot)
    {
        var about = await bot.RunCommandAsync("about", bot.Discord.World.Member.Id, bot.Discord.World.General.Id);
        var answer = await bot.WaitForAnswerAsync(about);
        Assert.True(answer.AnsweredInTime);
        await AssertAnsweredOnceAsync(bot, about.Id);
    }

    private static async Task AssertAnsweredOnceAsync(TestBot bot, ulong interactionId)
    {
        var state = await bot.Control.GetInteractionAsync(interactionId, CancellationToken.None);
        Assert.NotNull(state.InitialResponse);
        Assert.Empty(state.RefusedCallbacks);
        var requests = await bot.Control.GetRequestsAsync(0, CancellationToken.None);
        Assert.Single(requests.Requests, r => r.Method == "POST" && r.Path.StartsWith($"/api/v10/interactions/{interactionId}/", StringComparison.Ordinal));
    }
}
