using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class MalformedInputTests
{
    public static TheoryData<string> Bodies => new()
    {
        "null",
        "[]",
        "42",
        "\"text\"",
        "{\"content\":5}",
        "{\"embeds\":\"x\"}",
        "{\"embeds\":[1,{\"fields\":[null,{\"name\":3}]}]}",
        "{\"components\":[{\"type\":\"a\"},{\"type\":1,\"components\":[{\"type\":3,\"options\":[null]}]}]}",
        "{\"allowed_mentions\":{\"parse\":[1],\"users\":[\"x\",{}]},\"content\":\"<@1> @everyone\"}",
        "{\"nonce\":{\"a\":1},\"enforce_nonce\":\"yes\",\"flags\":\"64\"}",
        "{\"type\":\"4\",\"data\":[]}",
        "[{\"name\":5,\"options\":[{\"type\":\"x\",\"choices\":{}}]},null]",
        "{\"recipient_id\":{}}",
        "{\"content\":\"a\",\"content\":\"b\",\"embeds\":[{\"title\":\"x\",\"title\":\"y\"}]}",
        "[1,\"a\",{\"name\":\"n\",\"description\":\"d\",\"options\":[{\"type\":3,\"name\":\"o\",\"description\":\"d\",\"choices\":[1,\"x\"]}]}]",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_body_is_answered_with_a_client_error_on_every_route(string body)
    {
        await using var test = await TestServer.StartAsync(o => o.EnforceRateLimits = false);
        await using var bot = await test.ConnectBotAsync();
        var world = test.Server.World;
        var injected = await test.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = world.Member.Id,
            ChannelId = world.General.Id,
            Data = new JsonObject { ["name"] = "reflect" },
        }, TestServer.Timeout);
        var created = await test.Api.CallAsync("POST", $"channels/{world.General.Id.Text()}/messages", "{\"content\":\"x\"}");
        var messageId = created.Body!["id"]!.GetValue<string>();
        var app = world.ApplicationId.Text();
        string[] routes =
        [
            $"POST channels/{world.General.Id.Text()}/messages",
            $"PATCH channels/{world.General.Id.Text()}/messages/{messageId}",
            $"POST channels/{world.General.Id.Text()}/messages/{messageId}/threads",
            "POST users/@me/channels",
            $"PUT applications/{app}/commands",
            $"PUT applications/{app}/guilds/{world.Guild.Id.Text()}/commands",
            $"POST webhooks/{app}/{injected.Token}",
            $"PATCH webhooks/{app}/{injected.Token}/messages/@original",
            $"POST interactions/{injected.Id.Text()}/{injected.Token}/callback",
        ];

        foreach (var route in routes)
        {
            var parts = route.Split(' ');
            var answer = await test.Api.CallAsync(parts[0], parts[1], body);
            Assert.True(answer.Status is >= 200 and < 500, $"{route} answered {answer.Status} to {body}");
        }
    }

    [Theory]
    [InlineData("{\"type\":2,\"user_id\":\"1\",\"data\":{}}")]
    [InlineData("{\"type\":2,\"user_id\":\"nope\",\"data\":{}}")]
    [InlineData("{\"type\":2,\"data\":{}}")]
    [InlineData("{\"type\":3,\"user_id\":\"1213098916577411094\",\"data\":{\"custom_id\":1}}")]
    [InlineData("{\"type\":2,\"user_id\":\"1213098916577411094\",\"data\":{\"name\":7,\"type\":\"x\"}}")]
    [InlineData("not json")]
    public async Task A_malformed_injection_is_refused_with_400(string body)
    {
        await using var test = await TestServer.StartAsync();
        await using var bot = await test.ConnectBotAsync();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var answer = await test.ControlHttp.PostAsync(new Uri("interactions", UriKind.Relative), content, TestServer.Timeout);

        Assert.Equal(400, (int)answer.StatusCode);
    }
}
