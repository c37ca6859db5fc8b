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

    /// <summary>A 429: nothing remains, and the limit resets at <paramref name="until"/>, when the client may retry.</summary>
    public static RateLimitDecision Refused(bool global, int limit, string bucket, DateTimeOffset now, DateTimeOffset until) => new()
    {
        Limited = true,
        Global = global,
        Limit = limit,
        Remaining = 0,
        ResetAt = until,
        ResetAfter = until - now,
        Bucket = bucket,
        RetryAfter = until - now,
    };
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
    private DateTimeOffset _globalToldAt = DateTimeOffset.MaxValue;
    private const int KeptViolations = 20;

    /// <summary>
    /// How late a request may reach a storm's hold after its 429 was written without the client being blamed: the
    /// client has to receive, read and parse the answer, and a request it sent just before then still has to cross to
    /// us. With one of two cores busy elsewhere, a bot learned of a global 429 46 ms after it was written and its last
    /// requests sent before that arrived 78 ms after it, so 50 ms judged a well-behaved client guilty. 200 ms leaves
    /// most of any hold (the storm's are 500 ms) judged. The global limit itself has no allowance: a client must count
    /// its requests the way this server does, by arrival.
    /// </summary>
    private static readonly TimeSpan InFlightAllowance = TimeSpan.FromMilliseconds(200);

    private readonly Queue<string> _recentViolations = new();
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

    /// <summary>The last few violations, each saying which route, which limit and how it was exhausted.</summary>
    public IReadOnlyList<string> RecentViolations()
    {
        lock (_lock)
        {
            return [.. _recentViolations];
        }
    }

    /// <summary>Counts a violation and keeps its description; call under the lock.</summary>
    private void Violation(bool global, DiscordRoute route, string why)
    {
        if (global)
        {
            _globalViolations++;
        }
        else
        {
            _routeViolations++;
        }

        _recentViolations.Enqueue($"{route.Template}: {why}");
        if (_recentViolations.Count > KeptViolations)
        {
            _recentViolations.Dequeue();
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
            window.ToldAt = DateTimeOffset.MaxValue;
            return RateLimitDecision.Refused(false, limit.Limit, BucketHash(limit), now, now + retryAfter);
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
            _globalToldAt = DateTimeOffset.MaxValue;
            return RateLimitDecision.Refused(true, options.GlobalRequestsPerSecond, BucketHash(limit), now, now + retryAfter);
        }
    }

    /// <summary>
    /// The injected 429 for this bucket (or the global one) has been answered: from now on a request that arrives
    /// while it holds was sent by a client that had been told, and counts as a violation. Requests already on their
    /// way when it was answered are refused too, but do not count.
    /// </summary>
    public void Told(DiscordRoute route, string majorValue, bool global, DateTimeOffset at)
    {
        lock (_lock)
        {
            if (global)
            {
                _globalToldAt = at;
            }
            else if (_windows.TryGetValue((BucketHash(LimitOf(route)), majorValue), out var window))
            {
                window.ToldAt = at;
            }
        }
    }

    /// <param name="route">The request's route.</param>
    /// <param name="majorValue">Its major parameter's value.</param>
    /// <param name="arrivedAt">When it arrived; a storm's hold only counts a violation for requests that arrived after the client was told.</param>
    public RateLimitDecision Acquire(DiscordRoute route, string majorValue, DateTimeOffset? arrivedAt = null)
    {
        var limit = LimitOf(route);
        var bucket = BucketHash(limit);
        var now = options.TimeProvider.GetUtcNow();
        lock (_lock)
        {
            if (route.CountsGlobally && options.EnforceRateLimits && now < _globalBlockedUntil)
            {
                if ((arrivedAt ?? now) >= KnownFrom(_globalToldAt))
                {
                    Violation(global: true, route, $"global limit held by a 429, arrived {Ms((arrivedAt ?? now) - _globalToldAt)} after the client was told, {Ms(_globalBlockedUntil - now)} before it ended");
                }

                return RateLimitDecision.Refused(true, options.GlobalRequestsPerSecond, bucket, now, _globalBlockedUntil);
            }

            if (route.CountsGlobally && options.GlobalRequestsPerSecond > 0)
            {
                _global.Roll(now, GlobalWindow);
                if (options.EnforceRateLimits && _global.Count >= options.GlobalRequestsPerSecond)
                {
                    Violation(global: true, route, $"request {_global.Count + 1} in the global second that began {Ms(now - _global.Start)} earlier");
                    return RateLimitDecision.Refused(true, options.GlobalRequestsPerSecond, bucket, now, _global.Start + GlobalWindow);
                }

                _global.Count++;
            }

            var window = WindowOf(limit, majorValue, now);
            if (options.EnforceRateLimits && now < window.BlockedUntil)
            {
                if ((arrivedAt ?? now) >= KnownFrom(window.ToldAt))
                {
                    Violation(global: false, route, $"bucket held by a 429, arrived {Ms((arrivedAt ?? now) - window.ToldAt)} after the client was told, {Ms(window.BlockedUntil - now)} before it ended");
                }

                return RateLimitDecision.Refused(false, limit.Limit, bucket, now, window.BlockedUntil);
            }

            var resetAt = window.Start + limit.Window;
            if (options.EnforceRateLimits && window.Count >= limit.Limit)
            {
                Violation(global: false, route, $"request {window.Count + 1} of {limit.Limit} in a window that began {Ms(now - window.Start)} earlier");
                return RateLimitDecision.Refused(false, limit.Limit, bucket, now, resetAt);
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

    private static DateTimeOffset KnownFrom(DateTimeOffset toldAt) => toldAt == DateTimeOffset.MaxValue ? toldAt : toldAt + InFlightAllowance;

    private static string Ms(TimeSpan span) => span.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms";

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

        /// <summary>When the injected 429 that holds the bucket was answered; the end of time until then.</summary>
        public DateTimeOffset ToldAt { get; set; } = DateTimeOffset.MaxValue;

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
