using System.Net;
using System.Text.Json;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest;

namespace ReflectBot.Discord.Tests.Rest;

public sealed class DiscordRestClientPayloadTests : IDisposable
{
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5-SECRET-TOKEN";
    private static readonly Snowflake App = new(11);
    private static readonly Snowflake Channel = new(100);
    private static readonly Snowflake MessageId = new(900);

    private readonly RestHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string> SendingMethods =>
    [
        "CreateMessage", "EditMessage", "CreateFollowup", "EditFollowup", "EditOriginal", "InteractionResponse",
    ];

    [Theory]
    [MemberData(nameof(SendingMethods))]
    public async Task Every_sending_method_pings_nobody_when_the_caller_set_no_allowed_mentions(string method)
    {
        await SendAsync(method, allowed: null);

        using var body = JsonDocument.Parse(_harness.Handler.Requests.Single().Body);
        var mentions = MessageObject(body.RootElement, method).GetProperty("allowed_mentions");
        Assert.Equal(JsonValueKind.Array, mentions.GetProperty("parse").ValueKind);
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(SendingMethods))]
    public async Task Every_sending_method_keeps_the_allowed_mentions_the_caller_set(string method)
    {
        await SendAsync(method, new AllowedMentions { Users = [new Snowflake(42)] });

        using var body = JsonDocument.Parse(_harness.Handler.Requests.Single().Body);
        var mentions = MessageObject(body.RootElement, method).GetProperty("allowed_mentions");
        Assert.Equal("42", mentions.GetProperty("users")[0].GetString());
        Assert.False(mentions.TryGetProperty("parse", out _));
    }

    [Fact]
    public async Task Modal_and_autocomplete_callbacks_carry_no_allowed_mentions()
    {
        _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.NoContent());
        var modal = new InteractionResponse(InteractionCallbackType.Modal, new InteractionCallbackData
        {
            CustomId = "reflect",
            Title = "Reflect",
            Components = [Component.Label("Your answer", Component.TextInput("answer", TextInputStyle.Paragraph))],
        });

        await _harness.Client.CreateInteractionResponseAsync(new Snowflake(5), InteractionToken, modal, null, CancellationToken.None);

        Assert.DoesNotContain("allowed_mentions", _harness.Handler.Requests.Single().BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_routes_send_the_bot_token_and_a_discord_user_agent()
    {
        await _harness.Client.CreateMessageAsync(Channel, new MessageCreate { Content = "hello" }, null, CancellationToken.None);

        var request = _harness.Handler.Requests.Single();
        Assert.Equal("/api/v10/channels/100/messages", request.Path);
        Assert.Equal("Bot " + RestHarness.BotToken, request.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, \d+(\.\d+)*\)$", request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Interaction_callback_and_webhook_routes_send_no_bot_token()
    {
        _harness.Handler.Respond = (request, _) => Task.FromResult(request.Path.Contains("/callback", StringComparison.Ordinal)
            ? Answer.NoContent()
            : Answer.Json(HttpStatusCode.OK, Answer.MessageJson));

        await _harness.Client.CreateInteractionResponseAsync(
            new Snowflake(5), InteractionToken, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), null, CancellationToken.None);
        await _harness.Client.CreateFollowupMessageAsync(App, InteractionToken, new MessageCreate { Content = "x" }, null, CancellationToken.None);
        await _harness.Client.EditOriginalInteractionResponseAsync(App, InteractionToken, new MessageEdit { Content = "y" }, null, CancellationToken.None);

        var requests = _harness.Handler.Requests;
        Assert.Equal($"/api/v10/interactions/5/{InteractionToken}/callback", requests[0].Path);
        Assert.Equal($"/api/v10/webhooks/11/{InteractionToken}", requests[1].Path);
        Assert.Equal($"/api/v10/webhooks/11/{InteractionToken}/messages/@original", requests[2].Path);
        Assert.All(requests, request => Assert.False(request.Headers.ContainsKey("Authorization")));
        Assert.All(requests, request => Assert.StartsWith("DiscordBot (", request.Headers["User-Agent"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Files_go_as_multipart_with_payload_json_listing_each_file_by_index()
    {
        var files = new[]
        {
            new FileAttachment("card.png", new byte[] { 1, 2, 3 }, "image/png"),
            new FileAttachment("notes.txt", "abc"u8.ToArray(), "text/plain"),
        };

        await _harness.Client.CreateMessageAsync(Channel, new MessageCreate { Content = "see" }, files, CancellationToken.None);

        var request = _harness.Handler.Requests.Single();
        var parts = await MultipartParts.ReadAsync(request);
        Assert.Equal(["payload_json", "files[0]", "files[1]"], parts.Select(part => part.Name));
        Assert.Equal([null, "card.png", "notes.txt"], parts.Select(part => part.FileName));
        Assert.Equal(new byte[] { 1, 2, 3 }, parts[1].Body);
        Assert.StartsWith("image/png", parts[1].ContentType, StringComparison.Ordinal);
        Assert.StartsWith("application/json", parts[0].ContentType, StringComparison.Ordinal);

        using var payload = JsonDocument.Parse(parts[0].Body);
        var attachments = payload.RootElement.GetProperty("attachments");
        Assert.Equal(2, attachments.GetArrayLength());
        Assert.Equal("0", attachments[0].GetProperty("id").GetString());
        Assert.Equal("card.png", attachments[0].GetProperty("filename").GetString());
        Assert.Equal("1", attachments[1].GetProperty("id").GetString());
        Assert.Equal("notes.txt", attachments[1].GetProperty("filename").GetString());
        Assert.Equal("see", payload.RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Without_files_the_body_is_plain_json()
    {
        await _harness.Client.CreateMessageAsync(Channel, new MessageCreate { Content = "plain" }, null, CancellationToken.None);

        var request = _harness.Handler.Requests.Single();
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("plain", body.RootElement.GetProperty("content").GetString());
        Assert.False(body.RootElement.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task Routes_use_the_paths_and_methods_discord_documents()
    {
        _harness.Handler.Respond = (request, _) => Task.FromResult(request switch
        {
            { Method: "DELETE" } => Answer.NoContent(),
            { Path: var path } when path.EndsWith("/commands", StringComparison.Ordinal) => Answer.Json(HttpStatusCode.OK, """[{"id":"7","name":"reflect","description":"d","version":"8"}]"""),
            { Path: var path } when path.EndsWith("/gateway/bot", StringComparison.Ordinal) => Answer.Json(HttpStatusCode.OK, """{"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1}}"""),
            { Path: var path } when path.EndsWith("/channels", StringComparison.Ordinal) || path.EndsWith("/threads", StringComparison.Ordinal) || path.EndsWith("/100", StringComparison.Ordinal) => Answer.Json(HttpStatusCode.OK, Answer.ChannelJson),
            _ => Answer.Json(HttpStatusCode.OK, Answer.MessageJson),
        });
        var client = _harness.Client;
        var none = CancellationToken.None;
        ApplicationCommand[] commands = [new() { Name = "reflect", Description = "d" }];

        var gateway = await client.GetGatewayBotAsync(none);
        var global = await client.OverwriteGlobalCommandsAsync(App, commands, none);
        await client.OverwriteGuildCommandsAsync(App, new Snowflake(300), commands, none);
        await client.GetOriginalInteractionResponseAsync(App, "tok", none);
        await client.DeleteOriginalInteractionResponseAsync(App, "tok", none);
        await client.EditFollowupMessageAsync(App, "tok", MessageId, new MessageEdit { Content = "e" }, null, none);
        var dm = await client.CreateDmChannelAsync(new Snowflake(42), none);
        await client.GetChannelAsync(Channel, none);
        await client.EditMessageAsync(Channel, MessageId, new MessageEdit { Content = "e" }, null, none);
        await client.StartThreadFromMessageAsync(Channel, MessageId, "Reflection", none);

        Assert.Equal("wss://gateway.discord.gg", gateway.Url);
        Assert.Equal(new Snowflake(7), global.Single().Id);
        Assert.Equal(ChannelType.Dm, dm.Type);
        Assert.Equal(
            [
                "GET /api/v10/gateway/bot",
                "PUT /api/v10/applications/11/commands",
                "PUT /api/v10/applications/11/guilds/300/commands",
                "GET /api/v10/webhooks/11/tok/messages/@original",
                "DELETE /api/v10/webhooks/11/tok/messages/@original",
                "PATCH /api/v10/webhooks/11/tok/messages/900",
                "POST /api/v10/users/@me/channels",
                "GET /api/v10/channels/100",
                "PATCH /api/v10/channels/100/messages/900",
                "POST /api/v10/channels/100/messages/900/threads",
            ],
            _harness.Handler.Requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.Contains("\"recipient_id\":\"42\"", _harness.Handler.Requests[6].BodyText, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Reflection\"", _harness.Handler.Requests[9].BodyText, StringComparison.Ordinal);
    }

    private async Task SendAsync(string method, AllowedMentions? allowed)
    {
        var client = _harness.Client;
        var none = CancellationToken.None;
        var create = new MessageCreate { Content = "hello @everyone", AllowedMentions = allowed };
        var edit = new MessageEdit { Content = "edited @everyone", AllowedMentions = allowed };
        switch (method)
        {
            case "CreateMessage":
                await client.CreateMessageAsync(Channel, create, null, none);
                break;
            case "EditMessage":
                await client.EditMessageAsync(Channel, MessageId, edit, null, none);
                break;
            case "CreateFollowup":
                await client.CreateFollowupMessageAsync(App, InteractionToken, create, null, none);
                break;
            case "EditFollowup":
                await client.EditFollowupMessageAsync(App, InteractionToken, MessageId, edit, null, none);
                break;
            case "EditOriginal":
                await client.EditOriginalInteractionResponseAsync(App, InteractionToken, edit, null, none);
                break;
            case "InteractionResponse":
                _harness.Handler.Respond = (_, _) => Task.FromResult(Answer.NoContent());
                var response = new InteractionResponse(
                    InteractionCallbackType.ChannelMessageWithSource,
                    new InteractionCallbackData { Content = "hi @everyone", AllowedMentions = allowed });
                await client.CreateInteractionResponseAsync(new Snowflake(5), InteractionToken, response, null, none);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }
    }

    private static JsonElement MessageObject(JsonElement root, string method)
        => method == "InteractionResponse" ? root.GetProperty("data") : root;
}
