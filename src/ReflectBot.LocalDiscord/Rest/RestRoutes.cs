using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>Maps every Discord route under /api/v10 with the metadata the pipeline screens it by.</summary>
internal static class RestRoutes
{
    public static void Map(IEndpointRouteBuilder app, ServerState state)
    {
        var api = app.MapGroup("/api/v10");
        GatewayBotRoute.Map(api, state);
        IdentityRoutes.Map(api, state);
        CommandRoutes.Map(api, state);
        InteractionRoutes.Map(api, state);
        WebhookRoutes.Map(api, state);
        ChannelRoutes.Map(api, state);
    }

    /// <summary>Maps one route; its template doubles as the rate-limit table key.</summary>
    public static RouteHandlerBuilder Route(this RouteGroupBuilder api, string method, string path, Delegate handler,
        bool botAuth = true, bool countsGlobally = true, string? major = null) =>
        api.MapMethods(path, [method], handler)
            .WithMetadata(new DiscordRoute($"{method} {path}", botAuth, countsGlobally && botAuth, major));
}
