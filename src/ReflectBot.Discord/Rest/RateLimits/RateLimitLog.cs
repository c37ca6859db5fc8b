using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>Log lines of the rate limiter; they name route templates and buckets, never tokens.</summary>
internal static partial class RateLimitLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Route {RouteTemplate} uses bucket {Bucket} with limit {Limit}")]
    public static partial void BucketLearnt(this ILogger logger, string routeTemplate, string bucket, int limit);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Count} invalid requests (401/403/429) in ten minutes, half of the budget of {Budget}")]
    public static partial void InvalidRequestsHalfBudget(this ILogger logger, int count, int budget);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Invalid-request budget of {Budget} reached; holding requests back for {Wait}")]
    public static partial void InvalidRequestBudgetReached(this ILogger logger, int budget, TimeSpan wait);
}
