using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// The interaction webhook: follow-ups and edits of @original or of follow-ups, for as long as the token lives.
/// No bot token needed and exempt from the global limit, as on Discord.
/// </summary>
internal static class WebhookRoutes
{
    private const string Original = "@original";

    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        const string Webhook = "/webhooks/{application_id}/{interaction_token}";
        const string Message = Webhook + "/messages/{message_id}";
        api.Route("POST", Webhook, (HttpRequest request, string application_id, string interaction_token) =>
            FollowupAsync(request, state, application_id, interaction_token), botAuth: false, major: "interaction_token");
        api.Route("GET", Message, (string application_id, string interaction_token, string message_id) =>
        {
            var (record, refusal) = Resolve(state, application_id, interaction_token);
            return refusal ?? (FindMessage(state, record!, message_id) is { } message ? Results.Json(message.Json) : DiscordErrors.UnknownMessage());
        }, botAuth: false, major: "interaction_token");
        api.Route("PATCH", Message, (HttpRequest request, string application_id, string interaction_token, string message_id) =>
            EditAsync(request, state, application_id, interaction_token, message_id), botAuth: false, major: "interaction_token");
        api.Route("DELETE", Message, (string application_id, string interaction_token, string message_id) =>
        {
            var (record, refusal) = Resolve(state, application_id, interaction_token);
            if (refusal is not null)
            {
                return refusal;
            }

            if (FindMessage(state, record!, message_id) is not { } message || !state.Messages.Delete(message.Id))
            {
                return DiscordErrors.UnknownMessage();
            }

            record!.AddEdit(new InteractionEdit(message_id == Original ? Original : "delete", message.Id, null, state.Time.GetUtcNow()));
            state.Interactions.Changed.Notify();
            return Results.NoContent();
        }, botAuth: false, major: "interaction_token");
    }

    private static async Task<IResult> FollowupAsync(HttpRequest request, ServerState state, string applicationId, string token)
    {
        var (record, refusal) = Resolve(state, applicationId, token);
        if (refusal is not null)
        {
            return refusal;
        }

        if (record!.Response is null)
        {
            // The webhook exists only once the interaction has been acknowledged.
            return DiscordErrors.UnknownWebhook();
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var channel = state.Channels.Resolve(record.ChannelId)!;
        var (message, invalid) = MessageBuilder.Create(state, new MessageContext { Channel = channel, Interaction = record }, body!.Json, body.Files);
        if (invalid is not null)
        {
            return invalid;
        }

        state.Messages.Add(message!);
        record.AddFollowup(message!.Id);
        state.Interactions.Changed.Notify();
        GatewayEvents.MessageWritten(state, message, channel, created: true);
        return Results.Json(message.Json);
    }

    private static async Task<IResult> EditAsync(HttpRequest request, ServerState state, string applicationId, string token, string messageId)
    {
        var (record, refusal) = Resolve(state, applicationId, token);
        if (refusal is not null)
        {
            return refusal;
        }

        if (FindMessage(state, record!, messageId) is not { } current)
        {
            return DiscordErrors.UnknownMessage();
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var channel = state.Channels.Resolve(current.ChannelId)!;
        var (edited, invalid) = MessageBuilder.Edit(state, current, channel, body!.Json, body.Files);
        if (invalid is not null)
        {
            return invalid;
        }

        state.Messages.Replace(edited!.Id, _ => edited);
        record!.AddEdit(new InteractionEdit(messageId == Original ? Original : "message", edited.Id, body.Json?.DeepClone(), state.Time.GetUtcNow()));
        state.Interactions.Changed.Notify();
        GatewayEvents.MessageWritten(state, edited, channel, created: false);
        return Results.Json(edited.Json);
    }

    /// <summary>The interaction behind a webhook token, refused once the token has expired.</summary>
    private static (InteractionRecord? Record, IResult? Refusal) Resolve(ServerState state, string applicationId, string token)
    {
        if (state.Interactions.FindByToken(token) is not { } record)
        {
            return (null, DiscordErrors.InvalidWebhookToken());
        }

        if (ChannelRoutes.Snowflake(applicationId) != state.World.ApplicationId)
        {
            return (null, DiscordErrors.UnknownWebhook());
        }

        return state.Time.GetUtcNow() - record.CreatedAt > state.Options.InteractionTokenLifetime
            ? (null, DiscordErrors.InvalidWebhookToken())
            : (record, null);
    }

    /// <summary>@original, or a message this interaction created (a follow-up or the original itself).</summary>
    private static StoredMessage? FindMessage(ServerState state, InteractionRecord record, string messageId)
    {
        if (messageId == Original)
        {
            return record.OriginalMessageId is { } original ? state.Messages.Find(original) : null;
        }

        var id = ChannelRoutes.Snowflake(messageId);
        var (followups, _, _) = record.History();
        return id is { } key && (followups.Contains(key) || record.OriginalMessageId == key) ? state.Messages.Find(key) : null;
    }
}
