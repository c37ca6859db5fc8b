using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers in a sliding ten-minute window and holds requests back
/// at the budget, so the bot stays far below Discord's 10,000 invalid requests that ban the IP.
/// </summary>
public sealed class InvalidRequestCounter(
    IOptions<DiscordClientOptions> options,
    TimeProvider timeProvider,
    ILogger<InvalidRequestCounter> logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _hits = new();
    private readonly int _budget = options.Value.InvalidRequestBudget;
    private bool _warned;

    public int Budget => _budget;

    /// <summary>Invalid requests in the last ten minutes.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                Trim(timeProvider.GetUtcNow());
                return _hits.Count;
            }
        }
    }

    public void Record()
    {
        int count;
        var warn = false;
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            Trim(now);
            _hits.Enqueue(now);
            count = _hits.Count;
            if (count >= _budget / 2 && !_warned)
            {
                _warned = true;
                warn = true;
            }
        }

        if (warn)
        {
            logger.InvalidRequestsHalfBudget(count, _budget);
        }
    }

    /// <summary>Returns at once under the budget; at the budget waits until the oldest invalid request leaves the window.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var logged = false;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = timeProvider.GetUtcNow();
                Trim(now);
                if (_hits.Count < _budget)
                {
                    return;
                }

                wait = _hits.Peek() + Window - now;
            }

            if (!logged)
            {
                logger.InvalidRequestBudgetReached(_budget, wait);
                logged = true;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_hits.Count > 0 && _hits.Peek() + Window <= now)
        {
            _hits.Dequeue();
        }

        if (_hits.Count < _budget / 2)
        {
            _warned = false;
        }
    }
}
