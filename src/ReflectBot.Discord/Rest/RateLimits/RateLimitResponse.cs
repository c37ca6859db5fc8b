using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>What a response taught about rate limits: its bucket headers and, for a 429, how long to wait.</summary>
public sealed record RateLimitResponse
{
    public required HttpStatusCode StatusCode { get; init; }
    public string? Bucket { get; init; }
    public int? Limit { get; init; }
    public int? Remaining { get; init; }
    public TimeSpan? ResetAfter { get; init; }
    public bool IsGlobal { get; init; }

    /// <summary>"user", "global" or "shared"; a shared 429 is not the bot's fault and is not an invalid request.</summary>
    public string? Scope { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>Counts toward Discord's invalid-request ban: 401, 403 and 429 except shared-scope 429s.</summary>
    public bool IsInvalidRequest => StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => true,
        HttpStatusCode.TooManyRequests => !string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Reads the X-RateLimit-* headers; <paramref name="bodyRetryAfter"/> and <paramref name="bodyGlobal"/> come from a 429 body.</summary>
    public static RateLimitResponse FromHeaders(HttpStatusCode statusCode, HttpResponseHeaders headers, double? bodyRetryAfter = null, bool bodyGlobal = false)
    {
        var retryAfter = bodyRetryAfter is { } seconds && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : ReadSeconds(headers, "Retry-After");
        return new RateLimitResponse
        {
            StatusCode = statusCode,
            Bucket = Read(headers, "X-RateLimit-Bucket"),
            Limit = ReadInt(headers, "X-RateLimit-Limit"),
            Remaining = ReadInt(headers, "X-RateLimit-Remaining"),
            ResetAfter = ReadSeconds(headers, "X-RateLimit-Reset-After"),
            IsGlobal = bodyGlobal || string.Equals(Read(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Scope = Read(headers, "X-RateLimit-Scope"),
            RetryAfter = statusCode == HttpStatusCode.TooManyRequests ? retryAfter : null,
        };
    }

    private static string? Read(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ReadInt(HttpResponseHeaders headers, string name)
        => int.TryParse(Read(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

    private static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name)
        => double.TryParse(Read(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) && seconds is >= 0 and < 86_400
                ? TimeSpan.FromSeconds(seconds)
                : null;
}
