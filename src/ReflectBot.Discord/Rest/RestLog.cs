using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Rest;

/// <summary>Log lines of the REST client; they name methods and route templates, never tokens or message text.</summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Method} {RouteTemplate} was rate limited (global: {Global}, scope: {Scope}); retrying in {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, string method, string routeTemplate, bool global, string? scope, TimeSpan retryAfter);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "{Method} {RouteTemplate} failed ({Reason}); retry {Retry} in {Delay}")]
    public static partial void Retrying(this ILogger logger, string method, string routeTemplate, string reason, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "{Method} {RouteTemplate} answered {StatusCode}")]
    public static partial void Answered(this ILogger logger, string method, string routeTemplate, int statusCode);
}
