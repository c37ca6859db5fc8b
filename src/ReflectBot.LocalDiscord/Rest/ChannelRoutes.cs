using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Channels and their messages: open a DM, read a channel, create, edit and delete messages, start threads.</summary>
internal static class ChannelRoutes
{
    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        api.Route("POST", "/users/@me/channels", (HttpRequest request) => OpenDmAsync(request, state));
        api.Route("GET", "/channels/{channel_id}", (string channel_id) =>
            Snowflake(channel_id) is { } id && state.Channels.Resolve(id) is { } channel
                ? Results.Json(channel.Json)
                : DiscordErrors.UnknownChannel(), major: "channel_id");
        api.Route("GET", "/channels/{channel_id}/messages", (HttpRequest request, string channel_id) =>
            ListMessages(request, state, channel_id), major: "channel_id");
        api.Route("POST", "/channels/{channel_id}/messages", (HttpRequest request, string channel_id) =>
            CreateMessageAsync(request, state, channel_id), major: "channel_id");
        api.Route("PATCH", "/channels/{channel_id}/messages/{message_id}", (HttpRequest request, string channel_id, string message_id) =>
            EditMessageAsync(request, state, channel_id, message_id), major: "channel_id");
        api.Route("DELETE", "/channels/{channel_id}/messages/{message_id}", (string channel_id, string message_id) =>
            DeleteMessage(state, channel_id, message_id), major: "channel_id");
        api.Route("POST", "/channels/{channel_id}/messages/{message_id}/threads", (HttpRequest request, string channel_id, string message_id) =>
            ThreadRoutes.StartThreadAsync(request, state, channel_id, message_id), major: "channel_id");
    }

    private static async Task<IResult> OpenDmAsync(HttpRequest request, ServerState state)
    {
        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        if (JsonRead.Snowflake((body!.Json as JsonObject)?["recipient_id"]) is not { } recipientId)
        {
            var errors = new FormErrors();
            errors.Add("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
            return DiscordErrors.InvalidFormBody(errors);
        }

        return state.World.FindUser(recipientId) is { IsBot: false } recipient
            ? Results.Json(ChannelDirectory.OpenDm(recipient).Json)
            : DiscordErrors.UnknownUser();
    }

    /// <summary>
    /// Discord's "Get Channel Messages": newest first, at most <c>limit</c> (1–100, default 50); with
    /// <c>after</c>, the messages nearest after that id. Ephemeral interaction answers are never listed.
    /// </summary>
    private static IResult ListMessages(HttpRequest request, ServerState state, string channelId)
    {
        if (Snowflake(channelId) is not { } id || state.Channels.Resolve(id) is not { } channel)
        {
            return DiscordErrors.UnknownChannel();
        }

        if (channel.PermissionSource is { } source
            && (Permissions.Compute(state.World, state.World.BotUser, source) & (Permissions.ViewChannel | Permissions.ReadMessageHistory))
                != (Permissions.ViewChannel | Permissions.ReadMessageHistory))
        {
            return DiscordErrors.MissingAccess();
        }

        var limitText = request.Query["limit"].ToString();
        var afterText = request.Query["after"].ToString();
        var errors = new FormErrors();
        var limit = 50;
        if (limitText.Length > 0 && (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            errors.Add("limit", "NUMBER_TYPE_MAX", "Must be between 1 and 100.");
        }

        var after = afterText.Length == 0 ? 0 : Snowflake(afterText);
        if (after is null)
        {
            errors.Add("after", "NUMBER_TYPE_COERCE", "Value is not snowflake.");
        }

        if (errors.Any)
        {
            return DiscordErrors.InvalidFormBody(errors);
        }

        // As on Discord: with "after", the messages nearest after that id; without, the newest. Newest first either way.
        var visible = state.Messages.InChannel(channel.Id).Where(m => !m.Ephemeral && m.Id > after!.Value);
        var page = afterText.Length > 0 ? visible.OrderBy(m => m.Id).Take(limit) : visible.OrderByDescending(m => m.Id).Take(limit);
        var listed = new JsonArray(page
            .OrderByDescending(m => m.Id)
            .Select(m => (JsonNode)m.Json.DeepClone())
            .ToArray());
        return Results.Json(listed);
    }

    private static async Task<IResult> CreateMessageAsync(HttpRequest request, ServerState state, string channelId)
    {
        if (Snowflake(channelId) is not { } id || state.Channels.Resolve(id) is not { } channel)
        {
            return DiscordErrors.UnknownChannel();
        }

        if (CheckCanSend(state, channel) is { } refusal)
        {
            return refusal;
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var json = body!.Json as JsonObject;
        var nonce = json?["nonce"] is { } nonceNode ? nonceNode.ToJsonString() : null;
        var now = state.Time.GetUtcNow();
        if (nonce is not null && JsonRead.Boolean(json!["enforce_nonce"]) == true
            && state.Messages.FindByNonce(state.World.BotUser.Id, nonce, now) is { } first)
        {
            return Results.Json(first.Json);
        }

        var (message, invalid) = MessageBuilder.Create(state, new MessageContext { Channel = channel }, body.Json, body.Files);
        if (invalid is not null)
        {
            return invalid;
        }

        state.Messages.Add(message!);
        if (nonce is not null)
        {
            state.Messages.RememberNonce(state.World.BotUser.Id, nonce, message!.Id, now);
        }

        GatewayEvents.MessageWritten(state, message!, channel, created: true);
        return Results.Json(message!.Json);
    }

    // The bot may delete its own messages anywhere; others' need Manage Messages, which the local bot never uses.
    private static IResult DeleteMessage(ServerState state, string channelId, string messageId)
    {
        if (Snowflake(channelId) is not { } id || state.Channels.Resolve(id) is not { } channel)
        {
            return DiscordErrors.UnknownChannel();
        }

        if (Snowflake(messageId) is not { } messageKey || state.Messages.Find(messageKey) is not { } current || current.ChannelId != channel.Id)
        {
            return DiscordErrors.UnknownMessage();
        }

        if (current.Json["author"]?["id"]?.GetValue<string>() != WorldJson.Id(state.World.BotUser.Id))
        {
            return DiscordErrors.MissingPermissions();
        }

        return state.Messages.Delete(current.Id) ? Results.NoContent() : DiscordErrors.UnknownMessage();
    }

    private static async Task<IResult> EditMessageAsync(HttpRequest request, ServerState state, string channelId, string messageId)
    {
        if (Snowflake(channelId) is not { } id || state.Channels.Resolve(id) is not { } channel)
        {
            return DiscordErrors.UnknownChannel();
        }

        if (Snowflake(messageId) is not { } messageKey || state.Messages.Find(messageKey) is not { } current || current.ChannelId != channel.Id)
        {
            return DiscordErrors.UnknownMessage();
        }

        if (current.Json["author"]?["id"]?.GetValue<string>() != WorldJson.Id(state.World.BotUser.Id))
        {
            return DiscordErrors.CannotEditOthersMessage();
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var (edited, invalid) = MessageBuilder.Edit(state, current, channel, body!.Json, body.Files);
        if (invalid is not null)
        {
            return invalid;
        }

        state.Messages.Replace(edited!.Id, _ => edited);
        GatewayEvents.MessageWritten(state, edited, channel, created: false);
        return Results.Json(edited.Json);
    }

    /// <summary>Discord's order: the channel must be visible, writable, and a DM recipient must accept the bot.</summary>
    public static IResult? CheckCanSend(ServerState state, ResolvedChannel channel)
    {
        if (channel.Recipient is { } recipient)
        {
            return recipient.AcceptsDms ? null : DiscordErrors.CannotMessageUser();
        }

        var permissions = Permissions.Compute(state.World, state.World.BotUser, channel.PermissionSource!);
        if ((permissions & Permissions.ViewChannel) == 0)
        {
            return DiscordErrors.MissingAccess();
        }

        var needed = channel.IsThread ? Permissions.SendMessagesInThreads : Permissions.SendMessages;
        return (permissions & needed) == 0 ? DiscordErrors.MissingPermissions() : null;
    }

    public static ulong? Snowflake(string text) => JsonRead.Snowflake(JsonValue.Create(text));
}
