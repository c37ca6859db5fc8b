using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReflectBot.LocalDiscord.Gateway;
using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Control API: inject interactions and raw gateway traffic, and read what became of interactions.</summary>
internal static class ControlRoutes
{
    public static void Map(IEndpointRouteBuilder app, ServerState state)
    {
        var control = app.MapGroup("/_local");
        control.MapPost("/interactions", (HttpRequest request) => InjectAsync(request, state));
        control.MapGet("/interactions/{id}", (ulong id) =>
            state.Interactions.Find(id) is { } record ? ControlHttp.Json(Describe(state, record)) : ControlHttp.Error("Unknown interaction.", 404));
        control.MapGet("/interactions/{id}/response", (ulong id, int? timeoutMs, CancellationToken cancellationToken) =>
            WaitForResponseAsync(state, id, timeoutMs, cancellationToken));
        control.MapPost("/raw-dispatch", (HttpRequest request) => RawDispatchAsync(request, state));
        control.MapPost("/raw-frame", (HttpRequest request) => RawFrameAsync(request, state));
        control.MapPost("/raw-batch", (HttpRequest request) => RawBatchAsync(request, state));
        ControlFaultRoutes.Map(control, state);
        ControlGuildRoutes.Map(control, state);
        ControlInspectionRoutes.Map(control, state);
        ControlClockRoutes.Map(control, state);
        ControlWorldRoutes.Map(control, state);
    }

    private static async Task<IResult> InjectAsync(HttpRequest request, ServerState state)
    {
        var body = await ControlHttp.ReadAsync<InjectInteractionRequest>(request);
        if (body is null)
        {
            return ControlHttp.Error("Body must be {type, user_id, channel_id?, data, message_id?}.");
        }

        InteractionRecord record;
        try
        {
            record = InteractionFactory.Create(state, body);
        }
        catch (ControlException exception)
        {
            return ControlHttp.Error(exception.Message);
        }

        if (state.Sessions.Current is not { IsInvalidated: false } session)
        {
            return ControlHttp.Error("No bot session is identified; nothing would receive the interaction.", StatusCodes.Status409Conflict);
        }

        state.Interactions.Add(record);
        session.Dispatch("INTERACTION_CREATE", record.Payload.DeepClone(), () => record.MarkDispatched(state.Time.GetTimestamp()));
        return ControlHttp.Json(new InjectedInteraction(record.Id, record.Token));
    }

    private static async Task<IResult> WaitForResponseAsync(ServerState state, ulong id, int? timeoutMs, CancellationToken cancellationToken)
    {
        if (state.Interactions.Find(id) is not { } record)
        {
            return ControlHttp.Error("Unknown interaction.", 404);
        }

        try
        {
            await record.InitialResponseTask.WaitAsync(ControlHttp.Timeout(timeoutMs), TimeProvider.System, cancellationToken);
        }
        catch (TimeoutException)
        {
            return ControlHttp.Error("No initial response yet.", StatusCodes.Status408RequestTimeout);
        }

        return ControlHttp.Json(Describe(state, record));
    }

    private static async Task<IResult> RawDispatchAsync(HttpRequest request, ServerState state)
    {
        var body = await ControlHttp.ReadAsync<RawDispatchRequest>(request);
        if (body is null || string.IsNullOrEmpty(body.Event) || body.Raw is null)
        {
            return ControlHttp.Error("Body must be {event, raw}.");
        }

        if (state.Sessions.Current is not { } session)
        {
            return ControlHttp.Error("No bot session.", StatusCodes.Status409Conflict);
        }

        var sequence = session.DispatchRaw(body.Event, body.Raw);
        return ControlHttp.Json(new { sequence });
    }

    private static async Task<IResult> RawFrameAsync(HttpRequest request, ServerState state)
    {
        var body = await ControlHttp.ReadAsync<RawFrameRequest>(request);
        var bytes = body is null ? null : FrameBytes(body.Text, body.Base64);
        if (bytes is null)
        {
            return ControlHttp.Error("Body must be {text} or {base64}.");
        }

        if (state.Sessions.Current?.Connection is not GatewayConnection connection)
        {
            return ControlHttp.Error("No connected bot session.", StatusCodes.Status409Conflict);
        }

        connection.SendTextBytes(bytes);
        return Results.NoContent();
    }

    private static async Task<IResult> RawBatchAsync(HttpRequest request, ServerState state)
    {
        var body = await ControlHttp.ReadAsync<RawBatchRequest>(request);
        if (body?.Items is not { } items || items.Any(item => !IsWellFormed(item)))
        {
            return ControlHttp.Error("Body must be {items: [{frame} | {frame_base64} | {dispatch, raw}]}.");
        }

        if (state.Sessions.Current is not { } session || session.Connection is not GatewayConnection connection)
        {
            return ControlHttp.Error("No connected bot session.", StatusCodes.Status409Conflict);
        }

        foreach (var item in items)
        {
            if (item.Dispatch is { } eventName)
            {
                session.DispatchRaw(eventName, item.Raw!);
            }
            else
            {
                connection.SendTextBytes(FrameBytes(item.Frame, item.FrameBase64)!);
            }
        }

        return ControlHttp.Json(new { sent = items.Count });
    }

    private static bool IsWellFormed(RawGatewayItem item) =>
        item.Dispatch is { Length: > 0 } ? item.Raw is not null && item.Frame is null && item.FrameBase64 is null : FrameBytes(item.Frame, item.FrameBase64) is not null;

    /// <summary>The bytes of a frame given as text or base64 (exactly one); null when neither or both, or bad base64.</summary>
    private static byte[]? FrameBytes(string? text, string? base64)
    {
        if ((text is null) == (base64 is null))
        {
            return null;
        }

        if (text is not null)
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        try
        {
            return Convert.FromBase64String(base64!);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static InteractionState Describe(ServerState state, InteractionRecord record)
    {
        var (followups, edits, refused) = record.History();
        var response = record.Response;
        return new InteractionState
        {
            Id = record.Id,
            Type = record.Type,
            CreatedAt = record.CreatedAt,
            Payload = record.Payload.DeepClone(),
            InitialResponse = response is null ? null : new InitialResponseInfo(response.Type, response.Data?.DeepClone(), response.At, response.InTime),
            AnsweredInTime = response?.InTime ?? false,
            OriginalMessage = record.OriginalMessageId is { } original ? state.Messages.Find(original)?.Json.DeepClone() : null,
            Followups = [.. followups.Select(id => state.Messages.Find(id)?.Json.DeepClone()).OfType<System.Text.Json.Nodes.JsonNode>()],
            Edits = [.. edits.Select(e => new InteractionEditInfo(e.Target, e.MessageId, e.Data?.DeepClone(), e.At))],
            RefusedCallbacks = [.. refused.Select(r => new RefusedCallbackInfo(r.Type, r.Code, r.At))],
            RateLimitedCallbacks = record.RateLimitedCallbacks,
            DispatchToResponseMs = record.DispatchToResponse(state.Time)?.TotalMilliseconds,
        };
    }
}
