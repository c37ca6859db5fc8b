using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task A_valid_overwrite_is_stored_with_ids_and_keeps_ids_of_commands_that_stay()
    {
        await using var test = await TestServer.StartAsync();
        var path = GuildCommands(test);

        var first = await test.Api.CallAsync("PUT", path, "[{\"name\":\"reflect\",\"description\":\"Start a reflection\"}]");
        var second = await test.Api.CallAsync("PUT", path,
            "[{\"name\":\"reflect\",\"description\":\"Start\"},{\"name\":\"quiz\",\"description\":\"Take the quiz\",\"options\":[{\"type\":3,\"name\":\"topic\",\"description\":\"Which\",\"required\":true}]}]");
        var listed = await test.Api.CallAsync("GET", path);

        Assert.Equal(200, first.Status);
        Assert.Equal(first.Body![0]!["id"]!.GetValue<string>(), second.Body![0]!["id"]!.GetValue<string>());
        Assert.Equal(test.Server.World.Guild.Id.Text(), second.Body![1]!["guild_id"]!.GetValue<string>());
        Assert.Equal(2, listed.Body!.AsArray().Count);
        var registered = Assert.Single(await test.Control.GetCommandsAsync(TestServer.Timeout));
        Assert.Equal(test.Server.World.Guild.Id, registered.GuildId);
    }

    [Theory]
    [InlineData("[{\"name\":\"Reflect\",\"description\":\"caps\"}]", "0.name")]
    [InlineData("[{\"name\":\"has space\",\"description\":\"x\"}]", "0.name")]
    [InlineData("[{\"name\":\"reflect\",\"description\":\"\"}]", "0.description")]
    [InlineData("[{\"name\":\"a\",\"description\":\"x\"},{\"name\":\"a\",\"description\":\"y\"}]", "1.name")]
    [InlineData("[{\"name\":\"a\",\"description\":\"x\",\"options\":[{\"type\":3,\"name\":\"o\",\"description\":\"d\"},{\"type\":3,\"name\":\"p\",\"description\":\"d\",\"required\":true}]}]", "0.options.1.required")]
    public async Task An_invalid_overwrite_is_refused_with_50035_naming_the_field(string body, string fieldPath)
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.Api.CallAsync("PUT", GuildCommands(test), body);

        Assert.Equal(400, answer.Status);
        Assert.Equal(50035, answer.Code);
        JsonNode? node = answer.Body!["errors"];
        foreach (var part in fieldPath.Split('.'))
        {
            node = node?[part];
        }

        Assert.NotNull(node?["_errors"]);
    }

    [Fact]
    public async Task More_than_25_options_or_choices_are_refused()
    {
        await using var test = await TestServer.StartAsync();
        var options = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["type"] = 3, ["name"] = $"o{i}", ["description"] = "d" })]);
        var choices = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["name"] = $"c{i}", ["value"] = $"v{i}" })]);

        var tooManyOptions = await test.Api.CallAsync("PUT", GuildCommands(test),
            new JsonArray(new JsonObject { ["name"] = "a", ["description"] = "d", ["options"] = options }).ToJsonString());
        var tooManyChoices = await test.Api.CallAsync("PUT", GuildCommands(test), new JsonArray(new JsonObject
        {
            ["name"] = "a",
            ["description"] = "d",
            ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "o", ["description"] = "d", ["choices"] = choices }),
        }).ToJsonString());

        Assert.Equal(50035, tooManyOptions.Code);
        Assert.Equal(50035, tooManyChoices.Code);
    }

    [Fact]
    public async Task Overwrites_without_the_bot_token_are_refused_with_401_and_counted_as_invalid()
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.Anonymous.CallAsync("PUT", $"applications/{test.Server.World.ApplicationId.Text()}/commands", "[]");

        Assert.Equal(401, answer.Status);
        var log = await test.Control.GetRequestsAsync(0, TestServer.Timeout);
        Assert.Equal(1, log.InvalidRequests);
        Assert.Equal("PUT /applications/{application_id}/commands", Assert.Single(log.Requests).Route);
    }

    private static string GuildCommands(TestServer test) =>
        $"applications/{test.Server.World.ApplicationId.Text()}/guilds/{test.Server.World.Guild.Id.Text()}/commands";
}
