namespace ReflectBot.Discord.Models;

/// <summary>The body of a 429: how many seconds to wait and whether the limit is global.</summary>
public sealed record RateLimitedBody
{
    public string? Message { get; init; }
    public double? RetryAfter { get; init; }
    public bool Global { get; init; }
    public int? Code { get; init; }
}
