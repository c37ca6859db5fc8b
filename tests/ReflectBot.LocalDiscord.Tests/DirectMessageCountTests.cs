using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class DirectMessageCountTests
{
    [Fact]
    public async Task Counts_bot_messages_per_DM_recipient_and_leaves_out_guild_channels_and_silent_users()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 3);
        var world = test.Server.World;
        var (first, second, silent) = (world.GeneratedMembers[0], world.GeneratedMembers[1], world.GeneratedMembers[2]);
        await OpenDmAsync(test, silent.Id);

        await SendToAsync(test, first, "{\"content\":\"one\"}");
        await SendToAsync(test, first, "{\"content\":\"two\"}");
        await SendToAsync(test, second, "{\"content\":\"one\"}");
        await test.Api.CallAsync("POST", $"channels/{world.General.Id.Text()}/messages", "{\"content\":\"guild\"}");

        var counts = await test.Control.GetDirectMessageCountsAsync(TestServer.Timeout);

        Assert.Equal(2, counts.Count);
        Assert.Equal(2, counts[first.Id]);
        Assert.Equal(1, counts[second.Id]);
        Assert.False(counts.ContainsKey(silent.Id));
    }

    [Fact]
    public async Task A_create_answered_from_nonce_dedupe_adds_no_message_to_the_count()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 1);
        var member = test.Server.World.GeneratedMembers[0];
        const string Body = "{\"content\":\"check-in\",\"nonce\":\"checkin-7\",\"enforce_nonce\":true}";

        var original = await SendToAsync(test, member, Body);
        var repeat = await SendToAsync(test, member, Body);
        var withoutEnforce = await SendToAsync(test, member, "{\"content\":\"check-in\",\"nonce\":\"checkin-7\"}");

        var counts = await test.Control.GetDirectMessageCountsAsync(TestServer.Timeout);

        Assert.Equal(original.Body!["id"]!.GetValue<string>(), repeat.Body!["id"]!.GetValue<string>());
        Assert.NotEqual(original.Body!["id"]!.GetValue<string>(), withoutEnforce.Body!["id"]!.GetValue<string>());
        Assert.Equal(2, counts[member.Id]);
    }

    [Fact]
    public async Task The_summary_counts_people_messages_and_duplicates_and_the_wait_returns_once_enough_people_have_one()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 3);
        var world = test.Server.World;
        var (first, second, third) = (world.GeneratedMembers[0], world.GeneratedMembers[1], world.GeneratedMembers[2]);
        await SendToAsync(test, first, "{\"content\":\"one\"}");
        await SendToAsync(test, first, "{\"content\":\"two\"}");
        var waiting = test.Control.WaitForDirectMessageUsersAsync(3, TestServer.Patience, TestServer.Timeout);
        await SendToAsync(test, second, "{\"content\":\"one\"}");
        Assert.False(waiting.IsCompleted);

        await SendToAsync(test, third, "{\"content\":\"one\"}");
        var reached = await waiting;
        await Assert.ThrowsAsync<TimeoutException>(() => test.Control.WaitForDirectMessageUsersAsync(4, TimeSpan.FromMilliseconds(50), TestServer.Timeout));

        Assert.Equal(new DirectMessageSummary(Users: 3, Messages: 4, UsersWithMoreThanOne: 1), reached);
        Assert.Equal(reached, await test.Control.GetDirectMessageSummaryAsync(TestServer.Timeout));
    }

    [Fact]
    public async Task A_deleted_dm_leaves_the_counts()
    {
        await using var test = await TestServer.StartAsync(o => o.GeneratedMembers = 1);
        var member = test.Server.World.GeneratedMembers[0];
        await SendToAsync(test, member, "{\"content\":\"one\"}");
        var second = await SendToAsync(test, member, "{\"content\":\"two\"}");

        var deleted = await test.Api.CallAsync("DELETE", $"channels/{member.DmChannelId.Text()}/messages/{second.Body!["id"]!.GetValue<string>()}");

        Assert.Equal(204, deleted.Status);
        Assert.Equal(new DirectMessageSummary(1, 1, 0), await test.Control.GetDirectMessageSummaryAsync(TestServer.Timeout));
        Assert.Equal(1, (await test.Control.GetDirectMessageCountsAsync(TestServer.Timeout))[member.Id]);
    }

    private static async Task OpenDmAsync(TestServer test, ulong userId)
    {
        var dm = await test.Api.CallAsync("POST", "users/@me/channels", $"{{\"recipient_id\":\"{userId.Text()}\"}}");
        Assert.Equal(200, dm.Status);
    }

    private static async Task<ApiAnswer> SendToAsync(TestServer test, World.WorldUser user, string body)
    {
        await OpenDmAsync(test, user.Id);
        var answer = await test.Api.CallAsync("POST", $"channels/{user.DmChannelId.Text()}/messages", body);
        Assert.Equal(200, answer.Status);
        return answer;
    }
}
