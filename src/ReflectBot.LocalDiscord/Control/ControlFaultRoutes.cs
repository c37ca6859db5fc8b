using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.Gateway;
using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Control API: switch on the failures a real Discord produces now and then.</summary>
internal static class ControlFaultRoutes
{
    public static void Map(RouteGroupBuilder control, ServerState state)
    {
        var faults = control.MapGroup("/faults");
        faults.MapPost("/drop-socket", () => OnConnection(state, c => c.Abort()));
        faults.MapPost("/stop-heartbeat-acks", () =>
        {
            state.Faults.HeartbeatAcksStopped = true;
            return Results.NoContent();
        });
        faults.MapPost("/resume-heartbeat-acks", () =>
        {
            state.Faults.HeartbeatAcksStopped = false;
            return Results.NoContent();
        });
        faults.MapPost("/reconnect", () => OnConnection(state, c => c.Send(GatewayFrames.Build(GatewayOpcodes.Reconnect, null))));
        faults.MapPost("/invalid-session", async (HttpRequest request) =>
        {
            var body = await ControlHttp.ReadAsync<InvalidSessionFaultRequest>(request) ?? new InvalidSessionFaultRequest(false);
            return OnConnection(state, c =>
            {
                if (!body.Resumable)
                {
                    c.Session?.Invalidate();
                }

                state.Sessions.InvalidSessionSent();
                c.Send(GatewayFrames.Build(GatewayOpcodes.InvalidSession, body.Resumable));
            });
        });
        faults.MapPost("/close", async (HttpRequest request) =>
        {
            var body = await ControlHttp.ReadAsync<CloseFaultRequest>(request);
            return body is null || body.Code is < 1000 or > 4999
                ? ControlHttp.Error("Body must be {code, reason?} with a websocket close code.")
                : OnConnection(state, c => c.Close(body.Code, body.Reason ?? string.Empty));
        });
        faults.MapPost("/rest", async (HttpRequest request) =>
        {
            var body = await ControlHttp.ReadAsync<RestFaultRequest>(request);
            if (body is null || body.Count < 1 || body.Status is < 400 or > 599)
            {
                return ControlHttp.Error("Body must be {count >= 1, status 4xx/5xx, global?, retry_after?}.");
            }

            state.Faults.SetRestFault(new RestFault(body.Count, body.Status, body.Global, body.RetryAfter));
            return Results.NoContent();
        });
        faults.MapPost("/rest-storm", async (HttpRequest request) =>
        {
            var body = await ControlHttp.ReadAsync<RestStormRequest>(request);
            if (body is null || body.Ratio is <= 0 or > 1 || body.GlobalShare is < 0 or > 1 || body.RetryAfter is <= 0 or > 60 || body.DurationMs < 1)
            {
                return ControlHttp.Error("Body must be {ratio (0, 1], global_share [0, 1], retry_after (0, 60] s, duration_ms >= 1, seed?}.");
            }

            state.Faults.Storm.Start(new RestStormSettings(body.Ratio, body.GlobalShare, TimeSpan.FromSeconds(body.RetryAfter),
                state.Time.GetUtcNow() + TimeSpan.FromMilliseconds(body.DurationMs), body.Seed));
            return Results.NoContent();
        });
        faults.MapPost("/rest-storm/end", () =>
        {
            state.Faults.Storm.End();
            return Results.NoContent();
        });
        faults.MapPost("/reset", () =>
        {
            state.Faults.Reset();
            return Results.NoContent();
        });
    }

    private static IResult OnConnection(ServerState state, Action<GatewayConnection> fault)
    {
        if (state.Sessions.Current?.Connection is not { } connection)
        {
            return ControlHttp.Error("No connected bot session.", StatusCodes.Status409Conflict);
        }

        fault(connection);
        return Results.NoContent();
    }
}
