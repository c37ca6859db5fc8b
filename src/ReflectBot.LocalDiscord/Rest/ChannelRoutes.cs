using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Rest;

internal static class ChannelRoutes
{
    public static void Map(RouteGroupBuilder api, ServerState state)
    {
        _ = api;
        _ = state;
    }
}
