using System.Security.Cryptography;
using System.Text;

namespace ReflectBot.LocalDiscord.Rest;

internal sealed record RateLimitDecision
{
    public required bool Limited { get; init; }
    public required bool Global { get; init; }
    public required int Limit { get; init; }
    public required int Remaining { get; init; }
    public required DateTimeOffset ResetAt { get; init; }
    public required TimeSpan ResetAfter { get; init; }
    public required string Bucket { get; init; }
    public TimeSpan RetryAfter { get; init; }
}

/// <summary>
/// Fixed-window buckets per (limit, major parameter), the way Discord's headers describe them,
/// plus the per-second global limit. Windows run on the configured TimeProvider.
/// </summary>
internal sealed class RateLimiter(LocalDiscordOptions options)
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Bucket, string Major), Window> _windows = [];
    private readonly Window _global = new();

    public RateLimitDecision Acquire(DiscordRoute route, string majorValue)
    {
        var limit = options.RouteLimits.TryGetValue(route.Template, out var configured) ? configured : options.DefaultRouteLimit;
        var bucket = BucketHash(limit);
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (route.CountsGlobally && options.GlobalRequestsPerSecond > 0)
            {
                _global.Roll(now, GlobalWindow);
                if (options.EnforceRateLimits && _global.Count >= options.GlobalRequestsPerSecond)
                {
                    var retry = _global.Start + GlobalWindow - now;
                    return new RateLimitDecision
                    {
                        Limited = true,
                        Global = true,
                        Limit = options.GlobalRequestsPerSecond,
                        Remaining = 0,
                        ResetAt = _global.Start + GlobalWindow,
                        ResetAfter = retry,
                        Bucket = bucket,
                        RetryAfter = retry,
                    };
                }

                _global.Count++;
            }

            if (!_windows.TryGetValue((bucket, majorValue), out var window))
            {
                _windows[(bucket, majorValue)] = window = new Window();
            }

            window.Roll(now, limit.Window);
            var resetAt = window.Start + limit.Window;
            if (options.EnforceRateLimits && window.Count >= limit.Limit)
            {
                return new RateLimitDecision
                {
                    Limited = true,
                    Global = false,
                    Limit = limit.Limit,
                    Remaining = 0,
                    ResetAt = resetAt,
                    ResetAfter = resetAt - now,
                    Bucket = bucket,
                    RetryAfter = resetAt - now,
                };
            }

            window.Count++;
            return new RateLimitDecision
            {
                Limited = false,
                Global = false,
                Limit = limit.Limit,
                Remaining = Math.Max(limit.Limit - window.Count, 0),
                ResetAt = resetAt,
                ResetAfter = resetAt - now,
                Bucket = bucket,
            };
        }
    }

    /// <summary>Opaque like Discord's, and equal for routes that share a limit.</summary>
    private static string BucketHash(RouteLimit limit) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{limit.Limit}/{limit.Window.Ticks}")))[..32];

    private sealed class Window
    {
        public DateTimeOffset Start { get; private set; } = DateTimeOffset.MinValue;
        public int Count { get; set; }

        public void Roll(DateTimeOffset now, TimeSpan length)
        {
            if (now >= Start + length || Start == DateTimeOffset.MinValue)
            {
                Start = now;
                Count = 0;
            }
        }
    }
}
