using System.Net;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class GuildMembershipTests
{
    [Fact]
    public async Task Removing_the_bot_sends_GUILD_DELETE_with_the_guild_id_and_no_unavailable_field()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        var sent = await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);

        var frame = await bot.ReceiveDispatchAsync("GUILD_DELETE");
        var d = (JsonObject)frame["d"]!;
        Assert.Equal(test.Server.World.Guild.Id.Text(), d["id"]!.GetValue<string>());
        Assert.False(d.ContainsKey("unavailable"));
        Assert.Equal("GUILD_DELETE", sent.Event);
        Assert.Equal(frame["s"]!.GetValue<int>(), sent.Sequence);
    }

    [Fact]
    public async Task An_outage_sends_GUILD_DELETE_with_unavailable_true_and_its_end_sends_GUILD_CREATE()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        await test.Control.StartGuildOutageAsync(TestServer.Timeout);
        var d = (await bot.ReceiveDispatchAsync("GUILD_DELETE"))["d"]!;
        Assert.Equal(test.Server.World.Guild.Id.Text(), d["id"]!.GetValue<string>());
        Assert.True(d["unavailable"]!.GetValue<bool>());

        await test.Control.EndGuildOutageAsync(TestServer.Timeout);
        var created = (await bot.ReceiveDispatchAsync("GUILD_CREATE"))["d"]!;
        Assert.Equal(test.Server.World.Guild.Id.Text(), created["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_outage_leaves_the_bot_a_member_so_its_REST_calls_still_work()
    {
        await using var test = await TestServer.StartAsync();
        await test.Control.StartGuildOutageAsync(TestServer.Timeout);

        var channel = await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}");

        Assert.Equal(200, channel.Status);
    }

    [Fact]
    public async Task After_removal_the_guilds_channels_and_members_answer_403_missing_access()
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;
        await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);

        var answers = new[]
        {
            await test.Api.CallAsync("GET", $"channels/{world.General.Id.Text()}"),
            await test.Api.CallAsync("GET", $"channels/{world.General.Id.Text()}/messages"),
            await test.Api.CallAsync("POST", $"channels/{world.General.Id.Text()}/messages", "{\"content\":\"hello\"}"),
            await test.Api.CallAsync("GET", $"guilds/{world.Guild.Id.Text()}/channels"),
            await test.Api.CallAsync("GET", $"guilds/{world.Guild.Id.Text()}/members/{world.Member.Id.Text()}"),
        };

        Assert.All(answers, answer =>
        {
            Assert.Equal(403, answer.Status);
            Assert.Equal(50001, answer.Code);
        });
        Assert.Empty((await test.Api.CallAsync("GET", "users/@me/guilds")).Body!.AsArray());
    }

    [Fact]
    public async Task After_removal_direct_messages_still_work()
    {
        await using var test = await TestServer.StartAsync();
        await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);

        var sent = await test.Api.CallAsync("POST", $"channels/{test.Server.World.Member.DmChannelId.Text()}/messages", "{\"content\":\"hello\"}");

        Assert.Equal(200, sent.Status);
    }

    [Fact]
    public async Task After_removal_no_interaction_is_created_from_the_guild()
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();
        await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);

        var refused = await Assert.ThrowsAsync<LocalDiscordControlException>(() => test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = test.Server.World.Member.Id,
            ChannelId = test.Server.World.General.Id,
            Data = new JsonObject { ["name"] = "reflect" },
        }, TestServer.Timeout));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    [Fact]
    public async Task After_removal_a_new_session_gets_READY_without_the_guild_and_no_GUILD_CREATE()
    {
        await using var test = await TestServer.StartAsync();
        await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);
        await using var bot = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(test.Server.BotToken);

        var ready = await bot.ReceiveDispatchAsync("READY");
        await test.Control.RawDispatchAsync("TEST_MARKER", "{}", TestServer.Timeout);

        Assert.Empty(ready["d"]!["guilds"]!.AsArray());
        await bot.ReceiveDispatchAsync("TEST_MARKER");
    }

    [Fact]
    public async Task Adding_the_bot_back_sends_GUILD_CREATE_and_restores_REST_and_READY()
    {
        await using var test = await TestServer.StartAsync();
        await using (var bot = await test.ConnectBotAsync())
        {
            await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);
            await bot.ReceiveDispatchAsync("GUILD_DELETE");

            var sent = await test.Control.AddBotToGuildAsync(TestServer.Timeout);

            Assert.Equal("GUILD_CREATE", sent.Event);
            var created = (await bot.ReceiveDispatchAsync("GUILD_CREATE"))["d"]!;
            Assert.Equal(test.Server.World.Guild.Id.Text(), created["id"]!.GetValue<string>());
        }

        Assert.Equal(200, (await test.Api.CallAsync("GET", $"channels/{test.Server.World.General.Id.Text()}")).Status);
        await using var fresh = await test.ConnectBotAsync();
    }

    [Fact]
    public async Task Guild_routes_refuse_moves_that_make_no_sense_with_409()
    {
        await using var test = await TestServer.StartAsync();

        var addWhileMember = await Assert.ThrowsAsync<LocalDiscordControlException>(() => test.Control.AddBotToGuildAsync(TestServer.Timeout));
        var endWithoutOutage = await Assert.ThrowsAsync<LocalDiscordControlException>(() => test.Control.EndGuildOutageAsync(TestServer.Timeout));
        await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);
        var outageWhileRemoved = await Assert.ThrowsAsync<LocalDiscordControlException>(() => test.Control.StartGuildOutageAsync(TestServer.Timeout));

        Assert.All([addWhileMember, endWithoutOutage, outageWhileRemoved], refused => Assert.Equal(HttpStatusCode.Conflict, refused.Status));
    }

    [Fact]
    public async Task Without_a_session_the_removal_still_changes_the_world_and_reports_no_sequence()
    {
        await using var test = await TestServer.StartAsync();

        var sent = await test.Control.RemoveBotFromGuildAsync(TestServer.Timeout);

        Assert.Null(sent.Sequence);
        Assert.Equal(403, (await test.Api.CallAsync("GET", $"guilds/{test.Server.World.Guild.Id.Text()}/channels")).Status);
    }
}
