using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class GeneratedMemberTests
{
    [Fact]
    public async Task Generated_members_have_stable_distinct_ids_that_never_collide_with_the_seeded_world()
    {
        await using var first = await TestServer.StartAsync(o => o.GeneratedMembers = 5_000);
        await using var second = await TestServer.StartAsync(o => o.GeneratedMembers = 5_000);
        var world = first.Server.World;
        var crowd = world.GeneratedMembers;

        var ids = crowd.Select(u => u.Id).Concat(crowd.Select(u => u.DmChannelId)).ToList();
        var seeded = world.Users.Select(u => u.Id).Concat(world.Users.Select(u => u.DmChannelId))
            .Concat(world.Channels.Select(c => c.Id)).Concat(world.Roles.Select(r => r.Id)).Append(world.ApplicationId);

        Assert.Equal(5_000, crowd.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(ids.Intersect(seeded));
        Assert.Equal("member00042", crowd[42].Username);
        Assert.Equal("member04242", crowd[4_242].Username);
        Assert.Equal(crowd[4_242].Id, second.Server.World.GeneratedMembers[4_242].Id);
        Assert.Equal(crowd[4_242].DmChannelId, second.Server.World.GeneratedMembers[4_242].DmChannelId);
        Assert.All(crowd, u => Assert.True(u.AcceptsDms && !u.IsBot));
    }

    [Fact]
    public async Task Lookups_find_a_generated_member_by_id_and_by_DM_channel_but_not_past_the_count()
    {
        await using var small = await TestServer.StartAsync(o => o.GeneratedMembers = 10);
        await using var large = await TestServer.StartAsync(o => o.GeneratedMembers = 100_000);
        var beyond = large.Server.World.GeneratedMembers[99_999];

        Assert.Same(large.Server.World.GeneratedMembers[99_999], large.Server.World.FindUser(beyond.Id));
        Assert.Equal(beyond, large.Server.World.FindDmRecipient(beyond.DmChannelId));
        Assert.Null(large.Server.World.FindUser(beyond.DmChannelId));
        Assert.Null(small.Server.World.FindUser(beyond.Id));
        Assert.Null(small.Server.World.FindDmRecipient(beyond.DmChannelId));
        Assert.Equal(small.Server.World.Member, small.Server.World.FindUser(small.Server.World.Member.Id));
    }

    [Fact]
    public async Task A_generated_member_gets_a_DM_channel_and_messages_there_are_accepted()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 100_000);
        var member = test.Server.World.GeneratedMembers[73_210];

        var dm = await test.Api.CallAsync("POST", "users/@me/channels", $"{{\"recipient_id\":\"{member.Id.Text()}\"}}");
        var message = await test.Api.CallAsync("POST", $"channels/{member.DmChannelId.Text()}/messages", "{\"content\":\"hello\"}");
        var read = await test.Api.CallAsync("GET", $"channels/{member.DmChannelId.Text()}");

        Assert.Equal(200, dm.Status);
        Assert.Equal(member.DmChannelId.Text(), dm.Body!["id"]!.GetValue<string>());
        Assert.Equal("member73210", dm.Body!["recipients"]![0]!["username"]!.GetValue<string>());
        Assert.Equal(200, message.Status);
        Assert.Equal(200, read.Status);
    }

    [Fact]
    public async Task GUILD_CREATE_counts_the_crowd_but_lists_only_the_seeded_members()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 1_000);
        await using var client = await GatewayTestClient.ConnectAsync(test.Server.GatewayAddress);
        await client.ReceiveAsync();
        await client.IdentifyAsync(test.Server.BotToken);
        await client.ReceiveDispatchAsync("READY");

        var guild = await client.ReceiveDispatchAsync("GUILD_CREATE");

        Assert.Equal(1_005, guild["d"]!["member_count"]!.GetValue<int>());
        Assert.Equal(test.Server.World.Users.Count, guild["d"]!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task More_than_a_million_generated_members_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TestServer.StartAsync(o => o.GeneratedMembers = 1_000_001));
    }
}
