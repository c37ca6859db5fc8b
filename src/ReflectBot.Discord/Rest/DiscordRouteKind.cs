namespace ReflectBot.Discord.Rest;

/// <summary>How a route authenticates and which limits apply to it.</summary>
public enum DiscordRouteKind
{
    /// <summary>Authorization: Bot token; bound by buckets and the global limit.</summary>
    Bot,

    /// <summary>POST /interactions/{id}/{token}/callback: no bot token, no global limit, answered once.</summary>
    InteractionCallback,

    /// <summary>/webhooks/{application_id}/{interaction_token}/…: no bot token, no global limit, bucketed per token.</summary>
    InteractionWebhook,
}
