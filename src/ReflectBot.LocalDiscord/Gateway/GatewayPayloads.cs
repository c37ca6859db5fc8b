using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.World;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>The bodies of the dispatches the gateway itself sends.</summary>
internal static class GatewayPayloads
{
    public static JsonObject Ready(ServerState state, GatewaySession session) => new()
    {
        ["v"] = 10,
        ["user"] = WorldJson.User(state.World.BotUser).Also(u =>
        {
            u["verified"] = true;
            u["mfa_enabled"] = false;
            u["email"] = null;
        }),
        ["guilds"] = new JsonArray(new JsonObject { ["id"] = WorldJson.Id(state.World.Guild.Id), ["unavailable"] = true }),
        ["session_id"] = session.Id,
        ["session_type"] = "normal",
        ["resume_gateway_url"] = state.GatewayAddress.ToString(),
        ["shard"] = new JsonArray(0, 1),
        ["application"] = new JsonObject { ["id"] = WorldJson.Id(state.World.ApplicationId), ["flags"] = 0 },
        ["private_channels"] = new JsonArray(),
        ["relationships"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["guild_join_requests"] = new JsonArray(),
        ["geo_ordered_rtc_regions"] = new JsonArray(),
        ["user_settings"] = new JsonObject(),
        ["_trace"] = new JsonArray("[\"local-discord\",{\"micros\":0}]"),
    };

    private static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}
