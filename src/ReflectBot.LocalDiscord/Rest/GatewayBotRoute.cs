using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>GET /gateway/bot: where to connect and how many identifies are left.</summary>
internal static class GatewayBotRoute
{
    private const int DailyIdentifies = 1000;

    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        api.Route("GET", "/gateway/bot", () =>
        {
            var used = state.Sessions.Count("identify");
            return Results.Json(new JsonObject
            {
                ["url"] = state.GatewayAddress.ToString(),
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = DailyIdentifies,
                    ["remaining"] = Math.Max(DailyIdentifies - used, 0),
                    ["reset_after"] = 86_400_000,
                    ["max_concurrency"] = 1,
                },
            });
        });
        api.Route("GET", "/gateway", () => Results.Json(new JsonObject { ["url"] = state.GatewayAddress.ToString() }), botAuth: false);
    }
}
