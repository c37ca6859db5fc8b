namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Default per-route limits, close to what Discord answers for the same routes.</summary>
public static class RouteLimitTable
{
    public const string CreateMessage = "POST /channels/{channel_id}/messages";
    public const string EditMessage = "PATCH /channels/{channel_id}/messages/{message_id}";
    public const string StartThread = "POST /channels/{channel_id}/messages/{message_id}/threads";
    public const string GetChannel = "GET /channels/{channel_id}";
    public const string OpenDm = "POST /users/@me/channels";
    public const string PutGlobalCommands = "PUT /applications/{application_id}/commands";
    public const string GetGlobalCommands = "GET /applications/{application_id}/commands";
    public const string PutGuildCommands = "PUT /applications/{application_id}/guilds/{guild_id}/commands";
    public const string GetGuildCommands = "GET /applications/{application_id}/guilds/{guild_id}/commands";
    public const string GatewayBot = "GET /gateway/bot";
    public const string InteractionCallback = "POST /interactions/{interaction_id}/{interaction_token}/callback";
    public const string WebhookExecute = "POST /webhooks/{application_id}/{interaction_token}";
    public const string WebhookGetMessage = "GET /webhooks/{application_id}/{interaction_token}/messages/{message_id}";
    public const string WebhookEditMessage = "PATCH /webhooks/{application_id}/{interaction_token}/messages/{message_id}";
    public const string WebhookDeleteMessage = "DELETE /webhooks/{application_id}/{interaction_token}/messages/{message_id}";

    public static Dictionary<string, RouteLimit> CreateDefaults()
    {
        var fiveSeconds = TimeSpan.FromSeconds(5);
        var twentySeconds = TimeSpan.FromSeconds(20);
        var twoSeconds = TimeSpan.FromSeconds(2);
        return new Dictionary<string, RouteLimit>(StringComparer.Ordinal)
        {
            [CreateMessage] = new(5, fiveSeconds),
            [EditMessage] = new(5, fiveSeconds),
            [StartThread] = new(5, fiveSeconds),
            [GetChannel] = new(5, fiveSeconds),
            [OpenDm] = new(5, fiveSeconds),
            [PutGlobalCommands] = new(5, twentySeconds),
            [PutGuildCommands] = new(5, twentySeconds),
            [GetGlobalCommands] = new(5, fiveSeconds),
            [GetGuildCommands] = new(5, fiveSeconds),
            [GatewayBot] = new(2, fiveSeconds),
            [InteractionCallback] = new(5, TimeSpan.FromSeconds(1)),
            [WebhookExecute] = new(5, twoSeconds),
            [WebhookGetMessage] = new(5, twoSeconds),
            [WebhookEditMessage] = new(5, twoSeconds),
            [WebhookDeleteMessage] = new(5, twoSeconds),
        };
    }
}
