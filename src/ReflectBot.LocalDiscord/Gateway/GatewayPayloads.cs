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
        ["guilds"] = state.Membership.IsMember ? new JsonArray(GuildStub(state, unavailable: true)) : new JsonArray(),
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

    /// <summary>
    /// An unavailable-guild object: READY's stubs and GUILD_DELETE. <c>unavailable</c> is sent only when true,
    /// so a removal carries the id alone, as Discord sends it.
    /// </summary>
    public static JsonObject GuildStub(ServerState state, bool unavailable)
    {
        var stub = new JsonObject { ["id"] = WorldJson.Id(state.World.Guild.Id) };
        if (unavailable)
        {
            stub["unavailable"] = true;
        }

        return stub;
    }

    private static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}
