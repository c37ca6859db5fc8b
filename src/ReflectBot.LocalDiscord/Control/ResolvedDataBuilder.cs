using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Rest;
using ReflectBot.LocalDiscord.State;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Fills data.resolved for user, channel, role and mentionable options, as Discord does.</summary>
internal static class ResolvedDataBuilder
{
    private const int UserOption = 6;
    private const int ChannelOption = 7;
    private const int RoleOption = 8;
    private const int MentionableOption = 9;

    public static void Fill(ServerState state, ResolvedChannel channel, JsonObject data)
    {
        var users = new JsonObject();
        var members = new JsonObject();
        var channels = new JsonObject();
        var roles = new JsonObject();
        foreach (var (type, id) in Values(data["options"] as JsonArray))
        {
            var key = WorldJson.Id(id);
            if (type is UserOption or MentionableOption && state.World.FindUser(id) is { } user)
            {
                users[key] = WorldJson.User(user);
                if (channel.PermissionSource is { } source)
                {
                    var member = WorldJson.Member(user, Permissions.Compute(state.World, user, source));
                    member.Remove("user");
                    members[key] = member;
                }
            }
            else if (type is RoleOption or MentionableOption && state.World.FindRole(id) is { } role)
            {
                roles[key] = WorldJson.Role(role);
            }
            else if (type == ChannelOption && state.Channels.Resolve(id) is { } resolved)
            {
                channels[key] = resolved.Json.DeepClone();
            }
        }

        var result = new JsonObject();
        foreach (var (name, map) in new[] { ("users", users), ("members", members), ("roles", roles), ("channels", channels) })
        {
            if (map.Count > 0)
            {
                result[name] = map;
            }
        }

        if (result.Count > 0 && data["resolved"] is null)
        {
            data["resolved"] = result;
        }
    }

    private static IEnumerable<(long Type, ulong Id)> Values(JsonArray? options)
    {
        foreach (var option in (options ?? []).OfType<JsonObject>())
        {
            var type = JsonRead.Integer(option["type"]) ?? 0;
            if (type is 1 or 2)
            {
                foreach (var nested in Values(option["options"] as JsonArray))
                {
                    yield return nested;
                }
            }
            else if (JsonRead.Snowflake(option["value"]) is { } id)
            {
                yield return (type, id);
            }
        }
    }
}
