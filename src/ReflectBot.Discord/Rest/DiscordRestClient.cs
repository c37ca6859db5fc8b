using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReflectBot.Discord.Models;
using ReflectBot.Discord.Rest.RateLimits;

namespace ReflectBot.Discord.Rest;

/// <summary>The Discord REST routes the bot uses; every message leaves with allowed_mentions (none unless the caller says).</summary>
public sealed class DiscordRestClient
{
    private const string Webhook = "/webhooks/{webhook_id}/{interaction_token}";

    private readonly RestRequestExecutor _executor;

    public DiscordRestClient(
        HttpClient httpClient,
        IOptions<DiscordClientOptions> options,
        IDiscordRateLimiter rateLimiter,
        TimeProvider timeProvider,
        ILogger<DiscordRestClient> logger)
    {
        _executor = new RestRequestExecutor(httpClient, options.Value, rateLimiter, timeProvider, logger);
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Get, "/gateway/bot");
        return await SendAsync(route, null, null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteGlobalCommandsAsync(
        Snowflake applicationId,
        IReadOnlyList<ApplicationCommand> commands,
        CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Put, "/applications/{application_id}/commands", applicationId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        return await SendAsync(route, json, null, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> OverwriteGuildCommandsAsync(
        Snowflake applicationId,
        Snowflake guildId,
        IReadOnlyList<ApplicationCommand> commands,
        CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", applicationId.ToString(), guildId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        return await SendAsync(route, json, null, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken);
    }

    /// <summary>The initial answer; never retried after a network failure, because a second answer fails with 40060.</summary>
    public async Task CreateInteractionResponseAsync(
        Snowflake interactionId,
        string interactionToken,
        InteractionResponse response,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = DiscordRoute.Create(
            HttpMethod.Post,
            "/interactions/{interaction_id}/{interaction_token}/callback",
            DiscordRouteKind.InteractionCallback,
            interactionId.ToString(),
            interactionToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(response, files), DiscordJsonContext.Default.InteractionResponse);
        await _executor.SendAsync(new RestRequest(route, json, files, IsSafeToRepeat: false), cancellationToken);
    }

    public async Task<Message> GetOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        var route = Interaction(HttpMethod.Get, Webhook + "/messages/@original", applicationId, interactionToken);
        return await SendAsync(route, null, null, DiscordJsonContext.Default.Message, cancellationToken);
    }

    public async Task<Message> EditOriginalInteractionResponseAsync(
        Snowflake applicationId,
        string interactionToken,
        MessageEdit edit,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = Interaction(HttpMethod.Patch, Webhook + "/messages/@original", applicationId, interactionToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(edit, files), DiscordJsonContext.Default.MessageEdit);
        return await SendAsync(route, json, files, DiscordJsonContext.Default.Message, cancellationToken);
    }

    public async Task DeleteOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        var route = Interaction(HttpMethod.Delete, Webhook + "/messages/@original", applicationId, interactionToken);
        await _executor.SendAsync(new RestRequest(route, null, null, IsSafeToRepeat: true), cancellationToken);
    }

    public async Task<Message> CreateFollowupMessageAsync(
        Snowflake applicationId,
        string interactionToken,
        MessageCreate message,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = Interaction(HttpMethod.Post, Webhook, applicationId, interactionToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(message, files), DiscordJsonContext.Default.MessageCreate);
        return await SendAsync(route, json, files, DiscordJsonContext.Default.Message, cancellationToken, IsNonceEnforced(message));
    }

    public async Task<Message> EditFollowupMessageAsync(
        Snowflake applicationId,
        string interactionToken,
        Snowflake messageId,
        MessageEdit edit,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = Interaction(HttpMethod.Patch, Webhook + "/messages/{message_id}", applicationId, interactionToken, messageId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(edit, files), DiscordJsonContext.Default.MessageEdit);
        return await SendAsync(route, json, files, DiscordJsonContext.Default.Message, cancellationToken);
    }

    public async Task<Channel> CreateDmChannelAsync(Snowflake recipientId, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Post, "/users/@me/channels");
        var json = JsonSerializer.SerializeToUtf8Bytes(new DmChannelCreate(recipientId), DiscordJsonContext.Default.DmChannelCreate);
        return await SendAsync(route, json, null, DiscordJsonContext.Default.Channel, cancellationToken, safeToRepeat: false);
    }

    public async Task<Channel> GetChannelAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Get, "/channels/{channel_id}", channelId.ToString());
        return await SendAsync(route, null, null, DiscordJsonContext.Default.Channel, cancellationToken);
    }

    /// <summary>The bot's own user (GET /users/@me): its id is what guild member lookups need.</summary>
    public async Task<User> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Get, "/users/@me");
        return await SendAsync(route, null, null, DiscordJsonContext.Default.User, cancellationToken);
    }

    /// <summary>The guild with its owner and roles: what <see cref="PermissionCalculator"/> needs besides the member and channel.</summary>
    public async Task<Guild> GetGuildAsync(Snowflake guildId, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Get, "/guilds/{guild_id}", guildId.ToString());
        return await SendAsync(route, null, null, DiscordJsonContext.Default.Guild, cancellationToken);
    }

    /// <summary>One member of a guild, with their role ids; 404 / 10007 when they are not a member.</summary>
    public async Task<GuildMember> GetGuildMemberAsync(Snowflake guildId, Snowflake userId, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Get, "/guilds/{guild_id}/members/{user_id}", guildId.ToString(), userId.ToString());
        return await SendAsync(route, null, null, DiscordJsonContext.Default.GuildMember, cancellationToken);
    }

    /// <summary>A channel's messages, newest first, at most <paramref name="limit"/> (1–100): the newest, or with <paramref name="after"/> those nearest after it.</summary>
    public async Task<IReadOnlyList<Message>> GetChannelMessagesAsync(Snowflake channelId, Snowflake? after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var query = after is { } id ? $"?after={id}&limit={limit}" : $"?limit={limit}";
        var route = Bot(HttpMethod.Get, "/channels/{channel_id}/messages", channelId.ToString()).WithQuery(query);
        return await SendAsync(route, null, null, DiscordJsonContext.Default.IReadOnlyListMessage, cancellationToken);
    }

    public async Task<Message> CreateMessageAsync(
        Snowflake channelId,
        MessageCreate message,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Post, "/channels/{channel_id}/messages", channelId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(message, files), DiscordJsonContext.Default.MessageCreate);
        return await SendAsync(route, json, files, DiscordJsonContext.Default.Message, cancellationToken, IsNonceEnforced(message));
    }

    public async Task<Message> EditMessageAsync(
        Snowflake channelId,
        Snowflake messageId,
        MessageEdit edit,
        IReadOnlyList<FileAttachment>? files,
        CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", channelId.ToString(), messageId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(OutgoingPayloads.Prepare(edit, files), DiscordJsonContext.Default.MessageEdit);
        return await SendAsync(route, json, files, DiscordJsonContext.Default.Message, cancellationToken);
    }

    /// <summary>Deletes a message; the bot's own need no permission, others' need Manage Messages.</summary>
    public async Task DeleteMessageAsync(Snowflake channelId, Snowflake messageId, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Delete, "/channels/{channel_id}/messages/{message_id}", channelId.ToString(), messageId.ToString());
        await _executor.SendAsync(new RestRequest(route, null, null, IsSafeToRepeat: true), cancellationToken);
    }

    public async Task<Channel> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, string name, CancellationToken cancellationToken)
    {
        var route = Bot(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads", channelId.ToString(), messageId.ToString());
        var json = JsonSerializer.SerializeToUtf8Bytes(new ThreadCreate(name), DiscordJsonContext.Default.ThreadCreate);
        return await SendAsync(route, json, null, DiscordJsonContext.Default.Channel, cancellationToken, safeToRepeat: false);
    }

    // Discord deduplicates a create that carries enforce_nonce, so only then may a POST be repeated.
    private static bool IsNonceEnforced(MessageCreate message) => message.EnforceNonce == true && message.Nonce is not null;

    private static DiscordRoute Bot(HttpMethod method, string template, params ReadOnlySpan<string> values)
        => DiscordRoute.Create(method, template, DiscordRouteKind.Bot, values);

    private static DiscordRoute Interaction(HttpMethod method, string template, Snowflake applicationId, string token, params ReadOnlySpan<string> more)
        => DiscordRoute.Create(method, template, DiscordRouteKind.InteractionWebhook, [applicationId.ToString(), token, .. more]);

    private async Task<T> SendAsync<T>(
        DiscordRoute route,
        byte[]? json,
        IReadOnlyList<FileAttachment>? files,
        JsonTypeInfo<T> responseType,
        CancellationToken cancellationToken,
        bool? safeToRepeat = null)
    {
        var isSafe = safeToRepeat ?? route.Method != HttpMethod.Post;
        var body = await _executor.SendAsync(new RestRequest(route, json, files, isSafe), cancellationToken);
        return JsonSerializer.Deserialize(body, responseType)
            ?? throw new JsonException($"{route} answered with an empty body.");
    }
}
