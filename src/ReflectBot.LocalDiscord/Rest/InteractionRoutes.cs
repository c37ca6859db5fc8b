using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// POST /interactions/{id}/{token}/callback: exactly one initial response, within the deadline.
/// Needs no bot token and is exempt from the global limit, as on Discord.
/// </summary>
internal static class InteractionRoutes
{
    public static void Map(RouteGroupBuilder api, ServerState state) =>
        api.Route("POST", "/interactions/{interaction_id}/{interaction_token}/callback",
            (HttpRequest request, string interaction_id, string interaction_token, bool? with_response) =>
                CallbackAsync(request, state, interaction_id, interaction_token, with_response == true),
            botAuth: false, major: "interaction_id");

    private static async Task<IResult> CallbackAsync(HttpRequest request, ServerState state, string interactionId, string token, bool withResponse)
    {
        var arrived = request.HttpContext.Items[RestPipeline.ArrivedTimestampKey] as long? ?? state.Time.GetTimestamp();
        if (ChannelRoutes.Snowflake(interactionId) is not { } id || state.Interactions.Find(id) is not { } record
            || !string.Equals(record.Token, token, StringComparison.Ordinal))
        {
            return DiscordErrors.UnknownInteraction();
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var json = body!.Json as JsonObject;
        var now = state.Time.GetUtcNow();
        var type = (int)(JsonRead.Integer(json?["type"]) ?? 0);
        if (record.Response is not null)
        {
            return Refuse(record, type, 40060, now, DiscordErrors.AlreadyAcknowledged());
        }

        if (now - record.CreatedAt > state.Options.InteractionResponseDeadline)
        {
            return Refuse(record, type, 10062, now, DiscordErrors.UnknownInteraction());
        }

        var errors = new FormErrors();
        if (!CallbackRules.Allows(record.Type, type))
        {
            errors.Add("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Invalid interaction response type for this interaction.");
            return Refuse(record, type, 50035, now, DiscordErrors.InvalidFormBody(errors));
        }

        var data = json?["data"] as JsonObject;
        var (message, invalid) = BuildMessage(state, record, type, data, body.Files);
        if (invalid is not null)
        {
            return Refuse(record, type, ErrorCodeOf(invalid), now, invalid);
        }

        if (type == CallbackRules.AutocompleteResult)
        {
            CallbackRules.ValidateAutocomplete(data, errors);
        }
        else if (type == CallbackRules.Modal)
        {
            CallbackRules.ValidateModal(data, errors);
        }

        if (errors.Any)
        {
            return Refuse(record, type, 50035, now, DiscordErrors.InvalidFormBody(errors));
        }

        if (!record.TryRespond(new InitialResponse(type, data?.DeepClone(), now, InTime: true, arrived)))
        {
            return Refuse(record, type, 40060, now, DiscordErrors.AlreadyAcknowledged());
        }

        Store(state, record, type, message);
        record.PublishInitialResponse();
        return withResponse ? Results.Json(CallbackResponse(record, type, message)) : Results.NoContent();
    }

    private static (StoredMessage? Message, IResult? Error) BuildMessage(ServerState state, InteractionRecord record, int type,
        JsonObject? data, IReadOnlyList<UploadedFile> files)
    {
        var channel = state.Channels.Resolve(record.ChannelId)!;
        var context = new MessageContext { Channel = channel, Interaction = record, Type = record.Type == 2 ? 20 : 0 };
        switch (type)
        {
            case CallbackRules.ChannelMessage:
                return MessageBuilder.Create(state, context, data, files);
            case CallbackRules.DeferredChannelMessage:
                var ephemeral = (JsonRead.Integer(data?["flags"]) ?? 0) & (1 << 6);
                return MessageBuilder.Create(state, context, new JsonObject(), [], extraFlags: ephemeral | (1 << 7));
            case CallbackRules.UpdateMessage:
                if (record.SourceMessageId is not { } source || state.Messages.Find(source) is not { } current)
                {
                    return (null, DiscordErrors.UnknownMessage());
                }

                return MessageBuilder.Edit(state, current, channel, data, files);
            default:
                return (null, null);
        }
    }

    private static void Store(ServerState state, InteractionRecord record, int type, StoredMessage? message)
    {
        var channel = state.Channels.Resolve(record.ChannelId)!;
        switch (type)
        {
            case CallbackRules.ChannelMessage or CallbackRules.DeferredChannelMessage:
                state.Messages.Add(message!);
                record.OriginalMessageId = message!.Id;
                GatewayEvents.MessageWritten(state, message, channel, created: true);
                break;
            case CallbackRules.UpdateMessage:
                state.Messages.Replace(message!.Id, _ => message);
                record.OriginalMessageId = message.Id;
                record.AddEdit(new InteractionEdit("update", message.Id, message.Json.DeepClone(), state.Time.GetUtcNow()));
                GatewayEvents.MessageWritten(state, message, channel, created: false);
                break;
            case CallbackRules.DeferredUpdateMessage:
                record.OriginalMessageId = record.SourceMessageId;
                break;
        }

        state.Interactions.Changed.Notify();
    }

    private static JsonObject CallbackResponse(InteractionRecord record, int type, StoredMessage? message)
    {
        var flags = JsonRead.Integer(message?.Json["flags"]) ?? 0;
        var resource = new JsonObject { ["type"] = type };
        if (message is not null)
        {
            resource["message"] = message.Json.DeepClone();
        }

        return new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = WorldJson.Id(record.Id),
                ["type"] = record.Type,
                ["activity_instance_id"] = null,
                ["response_message_id"] = message is null ? null : WorldJson.Id(message.Id),
                ["response_message_loading"] = (flags & (1 << 7)) != 0,
                ["response_message_ephemeral"] = (flags & (1 << 6)) != 0,
            },
            ["resource"] = resource,
        };
    }

    private static IResult Refuse(InteractionRecord record, int type, int code, DateTimeOffset at, IResult error)
    {
        record.AddRefused(new RefusedCallback(type, code, at));
        return error;
    }

    private static int ErrorCodeOf(IResult error) =>
        error is Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<JsonObject> { Value: { } body } && JsonRead.Integer(body["code"]) is { } code
            ? (int)code
            : 0;
}
