namespace ReflectBot.Discord.Rest;

/// <summary>Exponential backoff with jitter, so many clients retrying after one outage do not return in step.</summary>
internal static class RetryBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    public static TimeSpan For(int failure)
    {
        var exponential = First * Math.Pow(2, Math.Clamp(failure - 1, 0, 10));
        var capped = exponential > Longest ? Longest : exponential;
        return capped + (capped * (Random.Shared.NextDouble() * 0.5));
    }

    /// <summary>Discord answers these when it is briefly unavailable; the request may succeed when repeated.</summary>
    public static bool IsTransient(int statusCode) => statusCode is 502 or 503 or 504;
}
