using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>POST /channels/{id}/messages/{id}/threads: a public thread whose id is the message's, as on Discord.</summary>
internal static class ThreadRoutes
{
    private const int PublicThread = 11;

    public static async Task<IResult> StartThreadAsync(HttpRequest request, ServerState state, string channelId, string messageId)
    {
        if (ChannelRoutes.Snowflake(channelId) is not { } id || state.Channels.Resolve(id) is not { } channel)
        {
            return DiscordErrors.UnknownChannel();
        }

        if (channel.PermissionSource is not { } parent || channel.IsThread)
        {
            return DiscordErrors.Error(400, 50024, "Cannot execute action on this channel type");
        }

        if (ChannelRoutes.Snowflake(messageId) is not { } messageKey || state.Messages.Find(messageKey) is not { } message || message.ChannelId != channel.Id)
        {
            return DiscordErrors.UnknownMessage();
        }

        if ((Permissions.Compute(state.World, state.World.BotUser, parent) & Permissions.CreatePublicThreads) == 0)
        {
            return DiscordErrors.MissingPermissions();
        }

        var (body, error) = await RequestBody.ReadAsync(request);
        if (error is not null)
        {
            return error;
        }

        var json = body!.Json as JsonObject;
        var name = JsonRead.String(json?["name"]);
        var errors = new FormErrors();
        errors.Length("name", name, 1, 100);
        var archiveAfter = JsonRead.Integer(json?["auto_archive_duration"]) ?? 4320;
        if (archiveAfter is not (60 or 1440 or 4320 or 10080))
        {
            errors.Add("auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        }

        if (errors.Any)
        {
            return DiscordErrors.InvalidFormBody(errors);
        }

        var now = WorldJson.Timestamp(state.Time.GetUtcNow());
        var thread = new JsonObject
        {
            ["id"] = WorldJson.Id(message.Id),
            ["type"] = PublicThread,
            ["guild_id"] = WorldJson.Id(state.World.Guild.Id),
            ["parent_id"] = WorldJson.Id(parent.Id),
            ["owner_id"] = WorldJson.Id(state.World.BotUser.Id),
            ["name"] = name,
            ["nsfw"] = parent.Nsfw,
            ["last_message_id"] = null,
            ["rate_limit_per_user"] = 0,
            ["message_count"] = 0,
            ["member_count"] = 1,
            ["total_message_sent"] = 0,
            ["flags"] = 0,
            ["thread_metadata"] = new JsonObject
            {
                ["archived"] = false,
                ["auto_archive_duration"] = archiveAfter,
                ["archive_timestamp"] = now,
                ["locked"] = false,
                ["create_timestamp"] = now,
            },
        };
        return state.Channels.TryAddThread(message.Id, thread)
            ? Results.Json(thread, statusCode: StatusCodes.Status201Created)
            : DiscordErrors.ThreadAlreadyCreated();
    }
}
