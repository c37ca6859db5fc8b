using System.Globalization;
using System.Net;
using System.Text;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>Responses shaped like Discord's.</summary>
public static class Answer
{
    public const string MessageJson = """{"id":"900","channel_id":"100","content":"hi"}""";
    public const string ChannelJson = """{"id":"100","type":1}""";

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage NoContent() => new(HttpStatusCode.NoContent);

    public static (string, string)[] Bucket(string bucket, int limit, int remaining, double resetAfter) =>
    [
        ("X-RateLimit-Bucket", bucket),
        ("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture)),
        ("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfter.ToString(CultureInfo.InvariantCulture)),
    ];

    public static HttpResponseMessage RateLimited(double retryAfter, bool global = false, string scope = "user", params (string Name, string Value)[] extraHeaders)
    {
        var json = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}""");
        var headers = new List<(string, string)>
        {
            ("Retry-After", Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture)),
            ("X-RateLimit-Scope", scope),
        };
        if (global)
        {
            headers.Add(("X-RateLimit-Global", "true"));
        }

        headers.AddRange(extraHeaders);
        return Json(HttpStatusCode.TooManyRequests, json, [.. headers]);
    }
}
