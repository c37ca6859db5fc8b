using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class MentionTests
{
    [Theory]
    [InlineData(null, true, true)]
    [InlineData("""{"parse":["everyone","roles"]}""", true, true)]
    [InlineData("""{"parse":[]}""", false, false)]
    [InlineData("""{"parse":["everyone"]}""", true, false)]
    [InlineData("""{"parse":["roles"]}""", false, true)]
    [InlineData("""{"parse":["users"]}""", false, false)]
    public async Task Everyone_and_role_pings_beside_markdown_follow_allowed_mentions_parse(string? allowedMentions, bool pingsEveryone, bool pingsRole)
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;

        var answer = await PostAsync(test, world.General.Id, $"@everyone <@&{world.ModeratorRole.Id.Text()}> **x**", allowedMentions);

        Assert.Equal(200, answer.Status);
        Assert.Equal(pingsEveryone, answer.Body!["mention_everyone"]!.GetValue<bool>());
        Assert.Equal(pingsRole ? [world.ModeratorRole.Id.Text()] : [], RoleIds(answer));
        var stored = Assert.Single(await test.Control.GetChannelMessagesAsync(world.General.Id, TestServer.Timeout));
        Assert.Equal(pingsEveryone, stored.MentionsEveryone);
        Assert.Equal(pingsRole ? [world.ModeratorRole.Id] : [], stored.MentionedRoleIds);
    }

    [Fact]
    public async Task A_role_listed_in_allowed_mentions_roles_pings_while_everyone_stays_silent()
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;
        var allowed = new JsonObject { ["roles"] = new JsonArray(world.ModeratorRole.Id.Text()) }.ToJsonString();

        var answer = await PostAsync(test, world.General.Id, $"@everyone <@&{world.ModeratorRole.Id.Text()}> **x**", allowed);

        Assert.False(answer.Body!["mention_everyone"]!.GetValue<bool>());
        Assert.Equal([world.ModeratorRole.Id.Text()], RoleIds(answer));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("""{"parse":["everyone"]}""", true)]
    [InlineData("""{"parse":[]}""", false)]
    public async Task Here_counts_as_an_everyone_ping_when_allowed(string? allowedMentions, bool pingsEveryone)
    {
        await using var test = await TestServer.StartAsync();

        var answer = await PostAsync(test, test.Server.World.General.Id, "@here **x**", allowedMentions);

        Assert.Equal(pingsEveryone, answer.Body!["mention_everyone"]!.GetValue<bool>());
    }

    [Fact]
    public async Task In_a_direct_message_everyone_and_role_mentions_ping_nobody()
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;

        var answer = await PostAsync(test, world.Member.DmChannelId, $"@everyone <@&{world.ModeratorRole.Id.Text()}> **x**", null);

        Assert.False(answer.Body!["mention_everyone"]!.GetValue<bool>());
        Assert.Empty(RoleIds(answer));
    }

    private static Task<ApiAnswer> PostAsync(TestServer test, ulong channelId, string content, string? allowedMentions)
    {
        var body = new JsonObject { ["content"] = content };
        if (allowedMentions is not null)
        {
            body["allowed_mentions"] = JsonNode.Parse(allowedMentions);
        }

        return test.Api.CallAsync("POST", $"channels/{channelId.Text()}/messages", body.ToJsonString());
    }

    private static string[] RoleIds(ApiAnswer answer) =>
        [.. answer.Body!["mention_roles"]!.AsArray().Select(id => id!.GetValue<string>())];
}
