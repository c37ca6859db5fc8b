using System.Globalization;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.World;

/// <summary>The world's entities in Discord's own JSON shapes.</summary>
internal static class WorldJson
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(WorldUser user)
    {
        var json = new JsonObject
        {
            ["id"] = Id(user.Id),
            ["username"] = user.Username,
            ["discriminator"] = "0",
            ["global_name"] = user.GlobalName,
            ["avatar"] = null,
            ["public_flags"] = 0,
            ["flags"] = 0,
        };
        if (user.IsBot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Member(WorldUser user, ulong? permissions = null)
    {
        var json = new JsonObject
        {
            ["user"] = User(user),
            ["nick"] = null,
            ["avatar"] = null,
            ["roles"] = new JsonArray([.. user.RoleIds.Select(r => (JsonNode)Id(r))]),
            ["joined_at"] = Timestamp(Snowflake.TimestampOf(user.Id)),
            ["premium_since"] = null,
            ["deaf"] = false,
            ["mute"] = false,
            ["pending"] = false,
            ["flags"] = 0,
            ["communication_disabled_until"] = null,
        };
        if (permissions is { } value)
        {
            json["permissions"] = Id(value);
        }

        return json;
    }

    public static JsonObject Role(WorldRole role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["color"] = 0,
        ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = role.Position,
        ["permissions"] = Id(role.Permissions),
        ["managed"] = false,
        ["mentionable"] = role.Mentionable,
        ["flags"] = 0,
    };

    public static JsonObject GuildChannel(LocalWorld world, WorldChannel channel, bool withGuildId = true)
    {
        var json = new JsonObject
        {
            ["id"] = Id(channel.Id),
            ["type"] = channel.Type,
            ["name"] = channel.Name,
            ["position"] = channel.Position,
            ["parent_id"] = null,
            ["topic"] = channel.Topic,
            ["nsfw"] = channel.Nsfw,
            ["last_message_id"] = null,
            ["rate_limit_per_user"] = 0,
            ["flags"] = 0,
            ["permission_overwrites"] = new JsonArray([.. channel.Overwrites.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = Id(o.Id),
                ["type"] = o.Type,
                ["allow"] = Id(o.Allow),
                ["deny"] = Id(o.Deny),
            })]),
        };
        if (withGuildId)
        {
            json["guild_id"] = Id(world.Guild.Id);
        }

        return json;
    }

    public static JsonObject DmChannel(WorldUser recipient) => new()
    {
        ["id"] = Id(recipient.DmChannelId),
        ["type"] = 1,
        ["last_message_id"] = null,
        ["flags"] = 0,
        ["recipients"] = new JsonArray(User(recipient)),
    };

    public static JsonObject Guild(LocalWorld world, DateTimeOffset joinedAt) => new()
    {
        ["id"] = Id(world.Guild.Id),
        ["name"] = world.Guild.Name,
        ["icon"] = null,
        ["splash"] = null,
        ["discovery_splash"] = null,
        ["banner"] = null,
        ["description"] = null,
        ["owner_id"] = Id(world.Guild.OwnerId),
        ["afk_channel_id"] = null,
        ["afk_timeout"] = 300,
        ["verification_level"] = 0,
        ["default_message_notifications"] = 1,
        ["explicit_content_filter"] = 0,
        ["mfa_level"] = 0,
        ["nsfw_level"] = 0,
        ["nsfw"] = false,
        ["premium_tier"] = 0,
        ["premium_subscription_count"] = 0,
        ["premium_progress_bar_enabled"] = false,
        ["preferred_locale"] = "en-US",
        ["system_channel_id"] = Id(world.General.Id),
        ["system_channel_flags"] = 0,
        ["rules_channel_id"] = null,
        ["public_updates_channel_id"] = null,
        ["safety_alerts_channel_id"] = null,
        ["vanity_url_code"] = null,
        ["application_id"] = null,
        ["max_members"] = 250000,
        ["max_video_channel_users"] = 25,
        ["features"] = new JsonArray(),
        ["roles"] = new JsonArray([.. world.Roles.Select(r => (JsonNode)Role(r))]),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["joined_at"] = Timestamp(joinedAt),
        ["large"] = false,
        ["unavailable"] = false,
        ["member_count"] = world.MemberCount,
        ["members"] = new JsonArray([.. world.Users.Select(u => (JsonNode)Member(u))]),
        ["channels"] = new JsonArray([.. world.Channels.Select(c => (JsonNode)GuildChannel(world, c, withGuildId: false))]),
        ["threads"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["voice_states"] = new JsonArray(),
        ["stage_instances"] = new JsonArray(),
        ["guild_scheduled_events"] = new JsonArray(),
        ["soundboard_sounds"] = new JsonArray(),
        ["embedded_activities"] = new JsonArray(),
        ["lazy"] = true,
    };
}
