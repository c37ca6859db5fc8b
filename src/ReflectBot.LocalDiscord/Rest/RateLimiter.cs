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
/// plus the per-second global limit. Windows run on the configured TimeProvider. A 429 the storm injects
/// exhausts its bucket (or the global limit) until its retry_after has passed, as a real one would; every
/// request that arrives at an exhausted bucket or over the global limit is counted as a violation.
/// </summary>
internal sealed class RateLimiter(LocalDiscordOptions options)
{
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RouteLimit, string> BucketHashes = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Bucket, string Major), Window> _windows = [];
    private readonly Window _global = new();
    private DateTimeOffset _globalBlockedUntil = DateTimeOffset.MinValue;
    private int _routeViolations;
    private int _globalViolations;

    /// <summary>Requests sent into an exhausted bucket, and over (or during a block of) the global limit.</summary>
    public (int Route, int Global) Violations()
    {
        lock (_lock)
        {
            return (_routeViolations, _globalViolations);
        }
    }

    /// <summary>Answers this request with a route 429 and leaves its bucket exhausted for <paramref name="retryAfter"/>.</summary>
    public RateLimitDecision Exhaust(DiscordRoute route, string majorValue, TimeSpan retryAfter)
    {
        var limit = LimitOf(route);
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            var window = WindowOf(limit, majorValue, now);
            window.BlockedUntil = now + retryAfter;
            return new RateLimitDecision
            {
                Limited = true,
                Global = false,
                Limit = limit.Limit,
                Remaining = 0,
                ResetAt = now + retryAfter,
                ResetAfter = retryAfter,
                Bucket = BucketHash(limit),
                RetryAfter = retryAfter,
            };
        }
    }

    /// <summary>Answers this request with a global 429 and holds every globally counted route for <paramref name="retryAfter"/>.</summary>
    public RateLimitDecision BlockGlobal(DiscordRoute route, TimeSpan retryAfter)
    {
        var limit = LimitOf(route);
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            _globalBlockedUntil = now + retryAfter;
            return new RateLimitDecision
            {
                Limited = true,
                Global = true,
                Limit = options.GlobalRequestsPerSecond,
                Remaining = 0,
                ResetAt = now + retryAfter,
                ResetAfter = retryAfter,
                Bucket = BucketHash(limit),
                RetryAfter = retryAfter,
            };
        }
    }

    public RateLimitDecision Acquire(DiscordRoute route, string majorValue)
    {
        var limit = LimitOf(route);
        var bucket = BucketHash(limit);
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (route.CountsGlobally && options.EnforceRateLimits && now < _globalBlockedUntil)
            {
                _globalViolations++;
                return new RateLimitDecision
                {
                    Limited = true,
                    Global = true,
                    Limit = options.GlobalRequestsPerSecond,
                    Remaining = 0,
                    ResetAt = _globalBlockedUntil,
                    ResetAfter = _globalBlockedUntil - now,
                    Bucket = bucket,
                    RetryAfter = _globalBlockedUntil - now,
                };
            }

            if (route.CountsGlobally && options.GlobalRequestsPerSecond > 0)
            {
                _global.Roll(now, GlobalWindow);
                if (options.EnforceRateLimits && _global.Count >= options.GlobalRequestsPerSecond)
                {
                    _globalViolations++;
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

            var window = WindowOf(limit, majorValue, now);
            if (options.EnforceRateLimits && now < window.BlockedUntil)
            {
                _routeViolations++;
                return new RateLimitDecision
                {
                    Limited = true,
                    Global = false,
                    Limit = limit.Limit,
                    Remaining = 0,
                    ResetAt = window.BlockedUntil,
                    ResetAfter = window.BlockedUntil - now,
                    Bucket = bucket,
                    RetryAfter = window.BlockedUntil - now,
                };
            }

            var resetAt = window.Start + limit.Window;
            if (options.EnforceRateLimits && window.Count >= limit.Limit)
            {
                _routeViolations++;
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

    private RouteLimit LimitOf(DiscordRoute route) =>
        options.RouteLimits.TryGetValue(route.Template, out var configured) ? configured : options.DefaultRouteLimit;

    /// <summary>The bucket's current window, rolled over if it ended; call under the lock.</summary>
    private Window WindowOf(RouteLimit limit, string majorValue, DateTimeOffset now)
    {
        var key = (BucketHash(limit), majorValue);
        if (!_windows.TryGetValue(key, out var window))
        {
            _windows[key] = window = new Window();
        }

        window.Roll(now, limit.Window);
        return window;
    }

    /// <summary>Opaque like Discord's, and equal for routes that share a limit.</summary>
    private static string BucketHash(RouteLimit limit) => BucketHashes.GetOrAdd(limit,
        l => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{l.Limit}/{l.Window.Ticks}")))[..32]);

    private sealed class Window
    {
        public DateTimeOffset Start { get; private set; } = DateTimeOffset.MinValue;
        public int Count { get; set; }

        /// <summary>Until when an injected 429 keeps the bucket exhausted, whatever its count.</summary>
        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

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
