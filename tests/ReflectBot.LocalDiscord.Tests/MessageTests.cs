using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Tests.Support;

namespace ReflectBot.LocalDiscord.Tests;

public sealed class MessageTests
{
    [Theory]
    [InlineData("{\"embeds\":[{\"title\":\"" + "T" + "\",\"description\":\"ok\"}],\"content\":\"" + "{0}" + "\"}", "content")]
    public async Task Content_over_2000_characters_is_refused_with_50035(string template, string field)
    {
        await using var test = await TestServer.StartAsync();

        var answer = await test.Api.CallAsync("POST", GeneralMessages(test), template.Replace("{0}", new string('x', 2001), StringComparison.Ordinal));

        Assert.Equal(400, answer.Status);
        Assert.Equal(50035, answer.Code);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", answer.Body!["errors"]![field]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Embed_limits_are_enforced_field_by_field_and_in_total()
    {
        await using var test = await TestServer.StartAsync();
        var tooLongTitle = new JsonObject { ["embeds"] = new JsonArray(new JsonObject { ["title"] = new string('t', 257) }) };
        var tooManyFields = new JsonObject
        {
            ["embeds"] = new JsonArray(new JsonObject
            {
                ["fields"] = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["name"] = "n", ["value"] = "v" })]),
            }),
        };
        var tooLargeInTotal = new JsonObject
        {
            ["embeds"] = new JsonArray(
                new JsonObject { ["description"] = new string('d', 4000) },
                new JsonObject { ["description"] = new string('d', 2001) }),
        };

        var title = await test.Api.CallAsync("POST", GeneralMessages(test), tooLongTitle.ToJsonString());
        var fields = await test.Api.CallAsync("POST", GeneralMessages(test), tooManyFields.ToJsonString());
        var total = await test.Api.CallAsync("POST", GeneralMessages(test), tooLargeInTotal.ToJsonString());

        Assert.Equal(50035, title.Code);
        Assert.NotNull(title.Body!["errors"]!["embeds"]!["0"]!["title"]);
        Assert.Equal(50035, fields.Code);
        Assert.NotNull(fields.Body!["errors"]!["embeds"]!["0"]!["fields"]);
        Assert.Equal(50035, total.Code);
        Assert.Equal("MAX_EMBED_SIZE_EXCEEDED", total.Body!["errors"]!["embeds"]!["_errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_message_is_refused_with_50006_and_invalid_json_with_50109()
    {
        await using var test = await TestServer.StartAsync();

        var empty = await test.Api.CallAsync("POST", GeneralMessages(test), "{\"content\":\"\"}");
        var broken = await test.Api.CallAsync("POST", GeneralMessages(test), "{\"content\":");

        Assert.Equal(50006, empty.Code);
        Assert.Equal(400, broken.Status);
        Assert.Equal(50109, broken.Code);
    }

    [Fact]
    public async Task The_same_nonce_with_enforce_nonce_returns_the_first_message_instead_of_a_duplicate()
    {
        await using var test = await TestServer.StartAsync();
        const string Body = "{\"content\":\"once\",\"nonce\":\"abc-123\",\"enforce_nonce\":true}";

        var first = await test.Api.CallAsync("POST", GeneralMessages(test), Body);
        var second = await test.Api.CallAsync("POST", GeneralMessages(test), Body);

        Assert.Equal(first.Body!["id"]!.GetValue<string>(), second.Body!["id"]!.GetValue<string>());
        Assert.Single(await test.Control.GetChannelMessagesAsync(test.Server.World.General.Id, TestServer.Timeout));
    }

    [Fact]
    public async Task Sending_to_a_user_who_closed_DMs_is_refused_with_50007()
    {
        await using var test = await TestServer.StartAsync();
        var closed = test.Server.World.MemberWithClosedDms;

        var dm = await test.Api.CallAsync("POST", "users/@me/channels", $"{{\"recipient_id\":\"{closed.Id.Text()}\"}}");
        var answer = await test.Api.CallAsync("POST", $"channels/{dm.Body!["id"]!.GetValue<string>()}/messages", "{\"content\":\"hi\"}");

        Assert.Equal(200, dm.Status);
        Assert.Equal(closed.DmChannelId.Text(), dm.Body!["id"]!.GetValue<string>());
        Assert.Equal(403, answer.Status);
        Assert.Equal(50007, answer.Code);
    }

    [Fact]
    public async Task Posting_where_the_bot_lacks_send_messages_is_refused_with_50013_and_an_unknown_channel_with_10003()
    {
        await using var test = await TestServer.StartAsync();

        var announcements = await test.Api.CallAsync("POST", $"channels/{test.Server.World.Announcements.Id.Text()}/messages", "{\"content\":\"hi\"}");
        var unknown = await test.Api.CallAsync("POST", "channels/1234567890123456789/messages", "{\"content\":\"hi\"}");

        Assert.Equal(403, announcements.Status);
        Assert.Equal(50013, announcements.Code);
        Assert.Equal(404, unknown.Status);
        Assert.Equal(10003, unknown.Code);
    }

    [Fact]
    public async Task Mentions_ping_only_what_allowed_mentions_allows()
    {
        await using var test = await TestServer.StartAsync();
        var world = test.Server.World;
        var content = $"@everyone <@{world.Member.Id.Text()}> <@!{world.Moderator.Id.Text()}> <@&{world.ModeratorRole.Id.Text()}>";

        var silent = await test.Api.CallAsync("POST", GeneralMessages(test),
            new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } }.ToJsonString());
        var oneUser = await test.Api.CallAsync("POST", GeneralMessages(test),
            new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["users"] = new JsonArray(world.Member.Id.Text()) } }.ToJsonString());
        var everything = await test.Api.CallAsync("POST", GeneralMessages(test), new JsonObject { ["content"] = content }.ToJsonString());
        var contradictory = await test.Api.CallAsync("POST", GeneralMessages(test), new JsonObject
        {
            ["content"] = content,
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray("users"), ["users"] = new JsonArray(world.Member.Id.Text()) },
        }.ToJsonString());

        var stored = await test.Control.GetChannelMessagesAsync(world.General.Id, TestServer.Timeout);
        Assert.Equal(3, stored.Count);
        Assert.False(stored[0].MentionsEveryone);
        Assert.Empty(stored[0].MentionedUserIds);
        Assert.Empty(stored[0].MentionedRoleIds);
        Assert.Equal([world.Member.Id], stored[1].MentionedUserIds);
        Assert.False(stored[1].MentionsEveryone);
        Assert.True(stored[2].MentionsEveryone);
        Assert.Equal([world.Member.Id, world.Moderator.Id], stored[2].MentionedUserIds);
        Assert.Equal([world.ModeratorRole.Id], stored[2].MentionedRoleIds);
        Assert.True(everything.Body!["mention_everyone"]!.GetValue<bool>());
        Assert.False(silent.Body!["mention_everyone"]!.GetValue<bool>());
        Assert.Single(oneUser.Body!["mentions"]!.AsArray());
        Assert.Equal(50035, contradictory.Code);
    }

    [Fact]
    public async Task A_multipart_file_is_stored_with_its_message_and_downloadable_through_the_control_api()
    {
        await using var test = await TestServer.StartAsync();
        var bytes = new byte[] { 1, 2, 3, 4, 5 };
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("{\"content\":\"see file\",\"attachments\":[{\"id\":0,\"filename\":\"card.png\"}]}"), "payload_json");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "files[0]", "upload.png");

        var answer = await test.Api.CallAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(GeneralMessages(test), UriKind.Relative)) { Content = form });

        Assert.Equal(200, answer.Status);
        var attachment = answer.Body!["attachments"]![0]!;
        Assert.Equal("card.png", attachment["filename"]!.GetValue<string>());
        Assert.Equal(5, attachment["size"]!.GetValue<int>());
        Assert.Equal("image/png", attachment["content_type"]!.GetValue<string>());
        var id = ulong.Parse(attachment["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(bytes, await test.Control.GetAttachmentAsync(id, TestServer.Timeout));
        var logged = await test.Control.WaitForRequestsAsync("POST", "/channels/{channel_id}/messages", 1, TestServer.Patience, TestServer.Timeout);
        Assert.Equal("see file", Assert.Single(logged.Requests).Body!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editing_a_message_replaces_its_content_and_stamps_the_edit()
    {
        await using var test = await TestServer.StartAsync();
        var created = await test.Api.CallAsync("POST", GeneralMessages(test), "{\"content\":\"draft\"}");

        var edited = await test.Api.CallAsync("PATCH", $"{GeneralMessages(test)}/{created.Body!["id"]!.GetValue<string>()}", "{\"content\":\"final\"}");
        var thread = await test.Api.CallAsync("POST", $"{GeneralMessages(test)}/{created.Body!["id"]!.GetValue<string>()}/threads", "{\"name\":\"talk\"}");

        Assert.Equal("final", edited.Body!["content"]!.GetValue<string>());
        Assert.NotNull(edited.Body!["edited_timestamp"]!.GetValue<string>());
        Assert.Equal(201, thread.Status);
        Assert.Equal(created.Body!["id"]!.GetValue<string>(), thread.Body!["id"]!.GetValue<string>());
        Assert.Equal(11, thread.Body!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Deleting_its_own_message_removes_it_and_a_second_delete_is_unknown_message_10008()
    {
        await using var test = await TestServer.StartAsync();
        var created = await test.Api.CallAsync("POST", GeneralMessages(test), "{\"content\":\"shared result\"}");
        var path = $"{GeneralMessages(test)}/{created.Body!["id"]!.GetValue<string>()}";

        var deleted = await test.Api.CallAsync("DELETE", path);
        var again = await test.Api.CallAsync("DELETE", path);

        Assert.Equal(204, deleted.Status);
        Assert.Empty((await test.Api.CallAsync("GET", GeneralMessages(test))).Body!.AsArray());
        Assert.Equal(404, again.Status);
        Assert.Equal(10008, again.Body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Listing_messages_gives_the_newest_first_or_those_nearest_after_an_id_and_refuses_a_limit_over_100()
    {
        await using var test = await TestServer.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await test.Api.CallAsync("POST", GeneralMessages(test), $"{{\"content\":\"message {i}\"}}");
            ids.Add(created.Body!["id"]!.GetValue<string>());
        }

        var all = await test.Api.CallAsync("GET", GeneralMessages(test));
        var afterFirst = await test.Api.CallAsync("GET", $"{GeneralMessages(test)}?after={ids[0]}&limit=1");
        var newestTwo = await test.Api.CallAsync("GET", $"{GeneralMessages(test)}?limit=2");
        var tooMany = await test.Api.CallAsync("GET", $"{GeneralMessages(test)}?limit=101");

        Assert.Equal(ids.AsEnumerable().Reverse(), all.Body!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal([ids[1]], afterFirst.Body!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal([ids[2], ids[1]], newestTwo.Body!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(50035, tooMany.Code);
    }

    private static string GeneralMessages(TestServer test) => $"channels/{test.Server.World.General.Id.Text()}/messages";
}
