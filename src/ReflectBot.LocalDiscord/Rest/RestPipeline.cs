using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.LocalDiscord.State;

namespace ReflectBot.LocalDiscord.Rest;

/// <summary>
/// What every /api/v10 request goes through before its route runs: injected faults, bot authentication,
/// rate limits and their headers; and afterwards, the request log the control API exposes.
/// </summary>
internal sealed class RestPipeline(RequestDelegate next, ServerState state)
{
    public const string LoggedBodyKey = "local-discord.logged-body";

    /// <summary>Items key of the TimeProvider timestamp taken when the request reached the pipeline.</summary>
    public const string ArrivedTimestampKey = "local-discord.arrived";
    private const int MaxLoggedBodyChars = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v10", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        context.Items[ArrivedTimestampKey] = state.Time.GetTimestamp();
        var receivedAt = state.Time.GetUtcNow();
        var route = context.GetEndpoint()?.Metadata.GetMetadata<DiscordRoute>();
        var rawBody = await ReadLoggableBodyAsync(context.Request);
        try
        {
            var refusal = route is null ? DiscordErrors.NotFound() : Screen(context, route, receivedAt);
            if (refusal is not null)
            {
                await refusal.ExecuteAsync(context);
                if (route is not null && context.Items[StormHitKey] is StormHit hit and not StormHit.None)
                {
                    state.Limits.Told(route, MajorOf(context, route), hit == StormHit.Global, state.Time.GetUtcNow());
                }

                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
                {
                    CountRateLimitedCallback(context, route);
                }
            }
            else
            {
                await next(context);
            }
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            Log.RestFailed(state.Logger, context.Request.Method, route?.Template ?? "unmatched", exception);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await DiscordErrors.Error(500, 0, "500: Internal Server Error").ExecuteAsync(context);
            }
        }

        var logged = context.Items[LoggedBodyKey] as string ?? rawBody;
        state.Requests.Add(new RequestRecord
        {
            Id = state.Requests.NextId(),
            Method = context.Request.Method,
            Path = RedactedPath(context),
            Route = route?.Template,
            Status = context.Response.StatusCode,
            Body = TryParse(logged),
            RawBody = logged,
            ReceivedAt = receivedAt,
            CompletedAt = state.Time.GetUtcNow(),
        });
        Log.RestRequest(state.Logger, context.Request.Method, route?.Template ?? "unmatched", context.Response.StatusCode);
    }

    private const string StormHitKey = "local-discord.storm-hit";

    /// <summary>A rate-limited callback stays on its interaction's record, so a missed answer can be told apart from a refused one.</summary>
    private void CountRateLimitedCallback(HttpContext context, DiscordRoute? route)
    {
        if (route?.Template == RouteLimitTable.InteractionCallback
            && context.Request.RouteValues["interaction_id"] is string value
            && ChannelRoutes.Snowflake(value) is { } id
            && state.Interactions.Find(id) is { } record)
        {
            record.CountRateLimitedCallback();
        }
    }

    private static string MajorOf(HttpContext context, DiscordRoute route) =>
        route.MajorParameter is { } name ? context.Request.RouteValues[name]?.ToString() ?? string.Empty : string.Empty;

    private IResult? Screen(HttpContext context, DiscordRoute route, DateTimeOffset receivedAt)
    {
        if (state.Faults.TakeRestFault() is { } fault)
        {
            return Fault(context, fault);
        }

        if (route.BotAuth && !IsBotAuthorized(context.Request))
        {
            return DiscordErrors.Unauthorized();
        }

        if (GuildAccessGate.Refuse(state, context.Request.RouteValues) is { } missingAccess)
        {
            return missingAccess;
        }

        var major = MajorOf(context, route);
        var hit = state.Faults.Storm.Draw(state.Time.GetUtcNow(), route.CountsGlobally);
        context.Items[StormHitKey] = hit;
        var decision = hit switch
        {
            StormHit.Global => state.Limits.BlockGlobal(route, state.Faults.Storm.RetryAfter),
            StormHit.Route => state.Limits.Exhaust(route, major, state.Faults.Storm.RetryAfter),
            _ => state.Limits.Acquire(route, major, receivedAt),
        };
        return Answer(context, decision);
    }

    /// <summary>Writes the rate-limit headers of <paramref name="decision"/>; a 429 to send when it is limited.</summary>
    private static IResult? Answer(HttpContext context, RateLimitDecision decision)
    {
        var headers = context.Response.Headers;
        if (decision.Global)
        {
            headers["X-RateLimit-Global"] = "true";
            headers["X-RateLimit-Scope"] = "global";
            headers.RetryAfter = Seconds(decision.RetryAfter, ceiling: true);
            return RateLimited(decision.RetryAfter, global: true);
        }

        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (decision.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Seconds(decision.ResetAfter, ceiling: false);
        headers["X-RateLimit-Bucket"] = decision.Bucket;
        if (!decision.Limited)
        {
            return null;
        }

        headers["X-RateLimit-Scope"] = "user";
        headers.RetryAfter = Seconds(decision.RetryAfter, ceiling: true);
        return RateLimited(decision.RetryAfter, global: false);
    }

    private static IResult Fault(HttpContext context, RestFault fault)
    {
        if (fault.Status != 429)
        {
            return DiscordErrors.Error(fault.Status, 0, $"{fault.Status}: {ReasonPhrase(fault.Status)}");
        }

        var retryAfter = TimeSpan.FromSeconds(fault.RetryAfterSeconds);
        context.Response.Headers.RetryAfter = Seconds(retryAfter, ceiling: true);
        context.Response.Headers["X-RateLimit-Scope"] = fault.Global ? "global" : "user";
        if (fault.Global)
        {
            context.Response.Headers["X-RateLimit-Global"] = "true";
        }

        return RateLimited(retryAfter, fault.Global);
    }

    private static IResult RateLimited(TimeSpan retryAfter, bool global) => Results.Json(new JsonObject
    {
        ["message"] = "You are being rate limited.",
        ["retry_after"] = Math.Round(Math.Max(retryAfter.TotalSeconds, 0), 3),
        ["global"] = global,
    }, statusCode: StatusCodes.Status429TooManyRequests);

    private bool IsBotAuthorized(HttpRequest request) =>
        string.Equals(request.Headers.Authorization.ToString(), "Bot " + state.Options.BotToken, StringComparison.Ordinal);

    private static string Seconds(TimeSpan span, bool ceiling)
    {
        var seconds = Math.Max(span.TotalSeconds, 0);
        return ceiling
            ? Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture)
            : seconds.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static string RedactedPath(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        return context.Request.RouteValues["interaction_token"] is string token && token.Length > 0
            ? path.Replace(token, ":token", StringComparison.Ordinal)
            : path;
    }

    private static async Task<string?> ReadLoggableBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || request.HasFormContentType)
        {
            // Multipart bodies are logged as their payload_json part by the route that parses them.
            return null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxLoggedBodyChars];
        var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return read == 0 ? null : new string(buffer, 0, read);
    }

    private static JsonNode? TryParse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return StrictJson.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
