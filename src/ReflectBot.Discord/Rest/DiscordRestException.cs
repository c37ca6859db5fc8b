using System.Globalization;
using System.Net;

namespace ReflectBot.Discord.Rest;

/// <summary>Discord refused a request; names the route template, never the token-bearing path.</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
        Method = "";
        RouteTemplate = "";
    }

    public DiscordRestException(string message)
        : base(message)
    {
        Method = "";
        RouteTemplate = "";
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        RouteTemplate = "";
    }

    public DiscordRestException(
        HttpStatusCode statusCode,
        int? code,
        string? discordMessage,
        string method,
        string routeTemplate,
        string? errors,
        TimeSpan? retryAfter = null)
        : base(Describe(statusCode, code, discordMessage, method, routeTemplate))
    {
        StatusCode = statusCode;
        Code = code;
        DiscordMessage = discordMessage;
        Method = method;
        RouteTemplate = routeTemplate;
        Errors = errors;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// Discord refused the request itself (a 4xx other than a rate limit): sending it again
    /// unchanged would be refused the same way, so callers record a failure instead of retrying.
    /// </summary>
    public bool IsRefusal => StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError and not HttpStatusCode.TooManyRequests;

    /// <summary>Discord's JSON error code (see <see cref="DiscordErrorCode"/>), when the body had one.</summary>
    public int? Code { get; }

    public string? DiscordMessage { get; }
    public string Method { get; }

    /// <summary>The route with placeholders, e.g. /webhooks/{application_id}/{interaction_token}.</summary>
    public string RouteTemplate { get; }

    /// <summary>Discord's nested field errors as raw JSON, for 50035 Invalid Form Body.</summary>
    public string? Errors { get; }

    /// <summary>For a 429 that was not retried: how long Discord asked to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(HttpStatusCode statusCode, int? code, string? discordMessage, string method, string routeTemplate)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"Discord answered {(int)statusCode} {statusCode} to {method} {routeTemplate}");
        return code is null && discordMessage is null
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text}: {code} {discordMessage}");
    }
}
