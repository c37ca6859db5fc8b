using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Who the bot is and what it can see: the reads libraries make while logging in.</summary>
internal static class IdentityRoutes
{
    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        api.Route("GET", "/users/@me", () => Results.Json(WorldJson.User(state.World.BotUser)));
        api.Route("GET", "/applications/@me", () => Results.Json(Application(state)));
        api.Route("GET", "/oauth2/applications/@me", () => Results.Json(Application(state)));
        api.Route("GET", "/users/@me/guilds", () => Results.Json(!state.Membership.IsMember ? new JsonArray() : new JsonArray(new JsonObject
        {
            ["id"] = WorldJson.Id(state.World.Guild.Id),
            ["name"] = state.World.Guild.Name,
            ["icon"] = null,
            ["owner"] = false,
            ["permissions"] = WorldJson.Id(Permissions.Compute(state.World, state.World.BotUser, state.World.General)),
            ["features"] = new JsonArray(),
        })));
        api.Route("GET", "/guilds/{guild_id}", (string guild_id) => IsGuild(state, guild_id)
            ? Results.Json(WorldJson.Guild(state.World, state.StartedAt))
            : DiscordErrors.UnknownGuild(), major: "guild_id");
        api.Route("GET", "/guilds/{guild_id}/members/{user_id}", (string guild_id, string user_id) => GetMember(state, guild_id, user_id),
            major: "guild_id");
        api.Route("GET", "/guilds/{guild_id}/channels", (string guild_id) => IsGuild(state, guild_id)
            ? Results.Json(new JsonArray([.. state.World.Channels.Select(c => (JsonNode)WorldJson.GuildChannel(state.World, c))]))
            : DiscordErrors.UnknownGuild(), major: "guild_id");
    }

    private static IResult GetMember(ServerState state, string guildId, string userId)
    {
        if (!IsGuild(state, guildId))
        {
            return DiscordErrors.UnknownGuild();
        }

        return ChannelRoutes.Snowflake(userId) is { } id && state.World.FindUser(id) is { } user
            ? Results.Json(WorldJson.Member(user))
            : DiscordErrors.UnknownMember();
    }

    private static bool IsGuild(ServerState state, string guildId) => ChannelRoutes.Snowflake(guildId) == state.World.Guild.Id;

    private static JsonObject Application(ServerState state) => new()
    {
        ["id"] = WorldJson.Id(state.World.ApplicationId),
        ["name"] = state.World.BotUser.GlobalName,
        ["icon"] = null,
        ["description"] = "Guided reflection on attachment and bonding (local).",
        ["bot_public"] = false,
        ["bot_require_code_grant"] = false,
        ["verify_key"] = "0000000000000000000000000000000000000000000000000000000000000000",
        ["flags"] = 0,
        ["bot"] = WorldJson.User(state.World.BotUser),
        ["owner"] = WorldJson.User(state.World.Owner),
        ["team"] = null,
        ["approximate_guild_count"] = 1,
    };
}
