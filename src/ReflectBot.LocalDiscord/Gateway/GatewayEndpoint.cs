using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Gateway;

/// <summary>The websocket endpoint; clients connect to it with ?v=10&amp;encoding=json.</summary>
internal static class GatewayEndpoint
{
    public static void Map(IEndpointRouteBuilder app, ServerState state)
    {
        app.Map("/gateway", (HttpContext context) => AcceptAsync(context, state));
    }

    private static async Task AcceptAsync(HttpContext context, ServerState state)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("Expected a websocket upgrade.", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new GatewayConnection(socket, context, state);
        await connection.RunAsync(context.Request.Query["v"].FirstOrDefault(), context.Request.Query["encoding"].FirstOrDefault(), context.RequestAborted);
    }
}
