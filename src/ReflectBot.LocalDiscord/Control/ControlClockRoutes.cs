using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.Clock;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Control API: read the server's clock and, when it is an <see cref="AdjustableClock"/>, move it forward.</summary>
internal static class ControlClockRoutes
{
    public static void Map(RouteGroupBuilder control, ServerState state)
    {
        control.MapGet("/clock", () => ControlHttp.Json(Read(state)));
        control.MapPost("/clock/advance", async (HttpRequest request) =>
        {
            if (state.Time is not AdjustableClock clock)
            {
                return ControlHttp.Error("This server's clock cannot be moved: start it with an AdjustableClock as its TimeProvider.", StatusCodes.Status409Conflict);
            }

            var body = await ControlHttp.ReadAsync<AdvanceClockRequest>(request);
            if (body is null || !double.IsFinite(body.Seconds) || body.Seconds <= 0 || body.Seconds > AdjustableClock.MaxStep.TotalSeconds)
            {
                return ControlHttp.Error($"Body must be {{\"seconds\": N}} with 0 < N <= {AdjustableClock.MaxStep.TotalSeconds:0}.");
            }

            clock.Advance(TimeSpan.FromSeconds(body.Seconds));
            return ControlHttp.Json(Read(state));
        });
    }

    private static ClockState Read(ServerState state) => new(
        state.Time.GetUtcNow(),
        state.Time is AdjustableClock clock ? clock.Offset.TotalSeconds : 0,
        state.Time is AdjustableClock);
}
