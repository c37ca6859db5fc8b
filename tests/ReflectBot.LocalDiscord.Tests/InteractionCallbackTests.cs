using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class InteractionCallbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_injected_command_arrives_as_INTERACTION_CREATE_with_the_members_channel_permissions()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var world = test.Server.World;

        var injected = await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = world.Moderator.Id,
            ChannelId = world.AfterDark.Id,
            Data = new JsonObject { ["name"] = "reflect", ["options"] = new JsonArray() },
        }, TestServer.Timeout);

        var d = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        Assert.Equal(injected.Id.Text(), d["id"]!.GetValue<string>());
        Assert.Equal(injected.Token, d["token"]!.GetValue<string>());
        Assert.Equal(1, d["version"]!.GetValue<int>());
        Assert.Equal(0, d["context"]!.GetValue<int>());
        Assert.True(d["channel"]!["nsfw"]!.GetValue<bool>());
        Assert.Equal(world.Guild.Id.Text(), d["guild_id"]!.GetValue<string>());
        var permissions = ulong.Parse(d["member"]!["permissions"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(0UL, permissions & (1UL << 5));
        Assert.NotEqual(0UL, permissions & (1UL << 13));
        Assert.Equal("reflect", d["data"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_user_option_is_resolved_to_the_user_and_their_member()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var member = test.Server.World.Member.Id.Text();

        await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = test.Server.World.Moderator.Id,
            ChannelId = test.Server.World.General.Id,
            Data = new JsonObject
            {
                ["name"] = "checkin",
                ["options"] = new JsonArray(new JsonObject { ["name"] = "who", ["type"] = 6, ["value"] = member }),
            },
        }, TestServer.Timeout);

        var resolved = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!["data"]!["resolved"]!;
        Assert.Equal("ada", resolved["users"]![member]!["username"]!.GetValue<string>());
        Assert.NotNull(resolved["members"]![member]!["permissions"]);
    }

    [Fact]
    public async Task An_interaction_in_a_DM_carries_the_user_and_bot_DM_context()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = test.Server.World.Member.Id,
            Data = new JsonObject { ["name"] = "reflect" },
        }, TestServer.Timeout);

        var d = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        Assert.Equal(1, d["context"]!.GetValue<int>());
        Assert.Null(d["member"]);
        Assert.Equal(test.Server.World.Member.Id.Text(), d["user"]!["id"]!.GetValue<string>());
        Assert.Equal(1, d["channel"]!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_first_response_is_recorded_and_a_second_is_refused_with_40060()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectCommandAsync(test);

        var first = await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":4,\"data\":{\"content\":\"hello\"}}");
        var second = await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":4,\"data\":{\"content\":\"again\"}}");

        Assert.Equal(204, first.Status);
        Assert.Equal(400, second.Status);
        Assert.Equal(40060, second.Code);
        var state = await test.Control.WaitForInitialResponseAsync(injected.Id, TestServer.Patience, TestServer.Timeout);
        Assert.Equal(4, state.InitialResponse!.Type);
        Assert.True(state.AnsweredInTime);
        Assert.Equal("hello", state.OriginalMessage!["content"]!.GetValue<string>());
        Assert.Equal(40060, Assert.Single(state.RefusedCallbacks).Code);
    }

    [Fact]
    public async Task A_response_after_the_deadline_is_refused_with_10062()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectCommandAsync(test);

        clock.Advance(TimeSpan.FromSeconds(3.5));
        var late = await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":5}");

        Assert.Equal(404, late.Status);
        Assert.Equal(10062, late.Code);
        var state = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);
        Assert.Null(state.InitialResponse);
        Assert.False(state.AnsweredInTime);
    }

    [Fact]
    public async Task A_deferred_response_is_completed_by_editing_original_and_followups_work_until_the_token_expires()
    {
        var clock = new FakeTimeProvider(Start);
        await using var test = await TestServer.StartAsync(o => o.TimeProvider = clock);
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectCommandAsync(test);
        var app = test.Server.World.ApplicationId.Text();

        var deferred = await test.Anonymous.CallAsync("POST", Callback(injected) + "?with_response=true", "{\"type\":5,\"data\":{\"flags\":64}}");
        clock.Advance(TimeSpan.FromMinutes(5));
        var edit = await test.Anonymous.CallAsync("PATCH", $"webhooks/{app}/{injected.Token}/messages/@original", "{\"content\":\"done\"}");
        var followup = await test.Anonymous.CallAsync("POST", $"webhooks/{app}/{injected.Token}", "{\"content\":\"more\",\"flags\":64}");
        clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await test.Anonymous.CallAsync("POST", $"webhooks/{app}/{injected.Token}", "{\"content\":\"too late\"}");

        Assert.Equal(200, deferred.Status);
        Assert.True(deferred.Body!["interaction"]!["response_message_loading"]!.GetValue<bool>());
        Assert.True(deferred.Body!["interaction"]!["response_message_ephemeral"]!.GetValue<bool>());
        Assert.Equal(200, edit.Status);
        Assert.Equal("done", edit.Body!["content"]!.GetValue<string>());
        Assert.Equal(64, edit.Body!["flags"]!.GetValue<int>());
        Assert.Equal(200, followup.Status);
        Assert.Equal(401, expired.Status);
        Assert.Equal(50027, expired.Code);
        var state = await test.Control.GetInteractionAsync(injected.Id, TestServer.Timeout);
        Assert.Equal("more", Assert.Single(state.Followups)["content"]!.GetValue<string>());
        Assert.Equal("@original", Assert.Single(state.Edits).Target);
    }

    [Fact]
    public async Task A_component_update_edits_the_message_it_sits_on()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var general = test.Server.World.General.Id.Text();
        var posted = await test.Api.CallAsync("POST", $"channels/{general}/messages",
            "{\"content\":\"pick\",\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"Yes\",\"custom_id\":\"yes\"}]}]}");
        var messageId = ulong.Parse(posted.Body!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var injected = await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 3,
            UserId = test.Server.World.Member.Id,
            ChannelId = test.Server.World.General.Id,
            MessageId = messageId,
            Data = new JsonObject { ["custom_id"] = "yes", ["component_type"] = 2 },
        }, TestServer.Timeout);
        var d = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var update = await test.Anonymous.CallAsync("POST", Callback(injected), "{\"type\":7,\"data\":{\"content\":\"picked\",\"components\":[]}}");

        Assert.Equal("pick", d["message"]!["content"]!.GetValue<string>());
        Assert.Equal(204, update.Status);
        var stored = Assert.Single(await test.Control.GetChannelMessagesAsync(test.Server.World.General.Id, TestServer.Timeout));
        Assert.Equal("picked", stored.Message["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_modal_cannot_answer_a_modal_submit()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var injected = await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 5,
            UserId = test.Server.World.Member.Id,
            ChannelId = test.Server.World.General.Id,
            Data = new JsonObject { ["custom_id"] = "journal", ["components"] = new JsonArray() },
        }, TestServer.Timeout);

        var answer = await test.Anonymous.CallAsync("POST", Callback(injected),
            "{\"type\":9,\"data\":{\"custom_id\":\"m\",\"title\":\"t\",\"components\":[{\"type\":18}]}}");

        Assert.Equal(400, answer.Status);
        Assert.Equal(50035, answer.Code);
    }

    [Fact]
    public async Task Waiting_for_a_response_that_never_comes_times_out()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectCommandAsync(test);

        await Assert.ThrowsAsync<TimeoutException>(() =>
            test.Control.WaitForInitialResponseAsync(injected.Id, TimeSpan.FromMilliseconds(50), TestServer.Timeout));
    }

    [Fact]
    public async Task An_unknown_interaction_token_is_refused_with_10062()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        var injected = await InjectCommandAsync(test);

        var answer = await test.Anonymous.CallAsync("POST", $"interactions/{injected.Id.Text()}/wrong-token/callback", "{\"type\":4}");

        Assert.Equal(404, answer.Status);
        Assert.Equal(10062, answer.Code);
    }

    private static Task<InjectedInteraction> InjectCommandAsync(TestServer test) =>
        test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = test.Server.World.Member.Id,
            ChannelId = test.Server.World.General.Id,
            Data = new JsonObject { ["name"] = "reflect" },
        }, TestServer.Timeout);

    private static string Callback(InjectedInteraction interaction) => $"interactions/{interaction.Id.Text()}/{interaction.Token}/callback";
}
