using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Builds an interaction the way Discord would send it, from the few facts a test gives.</summary>
internal static class InteractionFactory
{
    private const int ContextGuild = 0;
    private const int ContextBotDm = 1;

    public static InteractionRecord Create(ServerState state, InjectInteractionRequest request)
    {
        var world = state.World;
        var user = world.FindUser(request.UserId);
        if (user is null || user.IsBot)
        {
            throw new ControlException("user_id does not name a seeded user.");
        }

        if (request.Type is < 2 or > 5)
        {
            throw new ControlException("type must be 2 (command), 3 (component), 4 (autocomplete) or 5 (modal submit).");
        }

        if (request.Data is not JsonObject requestData)
        {
            throw new ControlException("data must be Discord's interaction data object.");
        }

        var channel = ResolveChannel(state, user, request.ChannelId);
        if (channel.GuildId is not null && !state.Membership.IsMember)
        {
            throw new ControlException("the bot is not in the guild, so Discord would not send it this interaction.");
        }

        var data = (JsonObject)requestData.DeepClone();
        JsonObject? message = null;
        if (request.MessageId is { } messageId)
        {
            var stored = state.Messages.Find(messageId);
            if (stored is null || stored.ChannelId != channel.Id)
            {
                throw new ControlException("message_id does not name a message in that channel.");
            }

            message = (JsonObject)stored.Json.DeepClone();
        }

        switch (request.Type)
        {
            case 2 or 4:
                CompleteCommandData(state, channel, data);
                ResolvedDataBuilder.Fill(state, channel, data);
                break;
            case 3 when message is null || data["custom_id"] is null || data["component_type"] is null:
                throw new ControlException("a component interaction needs message_id, data.custom_id and data.component_type.");
            case 5 when data["custom_id"] is null:
                throw new ControlException("a modal submit needs data.custom_id.");
        }

        var id = state.Ids.Next();
        var token = NewToken(id);
        var payload = new JsonObject
        {
            ["id"] = WorldJson.Id(id),
            ["application_id"] = WorldJson.Id(world.ApplicationId),
            ["type"] = request.Type,
            ["data"] = data,
            ["channel_id"] = WorldJson.Id(channel.Id),
            ["channel"] = ChannelPartial(channel),
            ["token"] = token,
            ["version"] = 1,
            ["locale"] = request.Locale ?? "en-US",
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = 10 * 1024 * 1024,
        };
        if (channel.GuildId is { } guildId)
        {
            var channelSource = channel.PermissionSource!;
            payload["guild_id"] = WorldJson.Id(guildId);
            payload["guild"] = new JsonObject { ["id"] = WorldJson.Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["guild_locale"] = "en-US";
            payload["member"] = WorldJson.Member(user, Permissions.Compute(world, user, channelSource));
            payload["app_permissions"] = WorldJson.Id(Permissions.Compute(world, world.BotUser, channelSource));
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = WorldJson.Id(guildId) };
            payload["context"] = ContextGuild;
        }
        else
        {
            payload["user"] = WorldJson.User(user);
            payload["app_permissions"] = WorldJson.Id(Permissions.DirectMessage);
            // A guild-installed app answering in its own DM reports "0" as the installing guild.
            payload["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
            payload["context"] = ContextBotDm;
        }

        if (message is not null)
        {
            payload["message"] = message;
        }

        return new InteractionRecord
        {
            Id = id,
            Token = token,
            Type = request.Type,
            UserId = user.Id,
            ChannelId = channel.Id,
            GuildId = channel.GuildId,
            CreatedAt = state.Time.GetUtcNow(),
            Payload = payload,
            SourceMessageId = request.MessageId,
        };
    }

    private static ResolvedChannel ResolveChannel(ServerState state, WorldUser user, ulong? channelId)
    {
        if (channelId is null || channelId == user.DmChannelId)
        {
            // A user who runs a command in the bot's DM has that DM open, whatever the bot did before.
            return ChannelDirectory.OpenDm(user);
        }

        var channel = state.Channels.Resolve(channelId.Value);
        if (channel is null || channel.IsDm)
        {
            throw new ControlException("channel_id must be a guild channel, a thread, or this user's DM channel.");
        }

        return channel;
    }

    private static void CompleteCommandData(ServerState state, ResolvedChannel channel, JsonObject data)
    {
        if (Rest.JsonRead.String(data["name"]) is not { } name)
        {
            throw new ControlException("a command interaction needs data.name.");
        }

        var type = (int)(Rest.JsonRead.Integer(data["type"]) ?? 1);
        data["type"] = type;
        var registered = state.Commands.FindByName(channel.GuildId ?? 0, name, type);
        data["id"] ??= registered?["id"]?.DeepClone() ?? WorldJson.Id(state.Ids.Next());
        if (registered?["guild_id"] is { } guildId)
        {
            data["guild_id"] ??= guildId.DeepClone();
        }
    }

    private static JsonObject ChannelPartial(ResolvedChannel channel)
    {
        var partial = (JsonObject)channel.Json.DeepClone();
        partial["nsfw"] = channel.Nsfw;
        return partial;
    }

    private static string NewToken(ulong id)
    {
        // Shaped like Discord's: base64 of "interaction:<id>:" followed by random text.
        var prefix = Convert.ToBase64String(Encoding.UTF8.GetBytes($"interaction:{id}:")).TrimEnd('=');
        return prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    }
}

/// <summary>A control request that cannot be carried out as asked; answered with 400.</summary>
internal sealed class ControlException(string message) : Exception(message);
