using Microsoft.Extensions.Options;
using ReflectBot.Hosting;

namespace ReflectBot.Interactions;

/// <summary>
/// Counts each person's interactions over a sliding minute, per kind, and says when one is too many.
/// Only accepted interactions count, so waiting is always enough to be let in again; people idle for a
/// whole window are forgotten, so memory grows only with the people active in the last minute. Windows are
/// measured on the monotonic timestamp, so a wall clock set back cannot lock anyone out.
/// </summary>
public sealed class UserRateLimiter
{
    /// <summary>The length of the sliding window every budget is counted over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _timeProvider;
    private readonly int[] _budgets;
    private readonly Dictionary<ulong, UserWindows> _users = [];
    private readonly Lock _gate = new();
    private long _nextSweep;

    public UserRateLimiter(IOptions<UserLimitsOptions> options, TimeProvider timeProvider)
    {
        var limits = options.Value;
        _budgets = [limits.CommandsPerMinute, limits.ClicksPerMinute, limits.SuggestionsPerMinute];
        _timeProvider = timeProvider;
        _nextSweep = timeProvider.GetTimestamp() + WindowTicks(timeProvider);
    }

    /// <summary>How many people are remembered right now (for tests of the memory bound).</summary>
    internal int TrackedUsers
    {
        get
        {
            lock (_gate)
            {
                return _users.Count;
            }
        }
    }

    /// <summary>
    /// Counts one interaction of <paramref name="kind"/> by <paramref name="userId"/> if the budget allows;
    /// otherwise counts nothing and returns false with the moment one becomes free.
    /// </summary>
    public bool TryAcquire(ulong userId, UserActionKind kind, out DateTimeOffset retryAt)
    {
        var now = _timeProvider.GetTimestamp();
        lock (_gate)
        {
            SweepIfDue(now);
            if (!_users.TryGetValue(userId, out var windows))
            {
                windows = new UserWindows();
                _users[userId] = windows;
            }

            var accepted = windows.Of(kind);
            DropExpired(accepted, now);
            if (accepted.Count >= _budgets[(int)kind])
            {
                retryAt = _timeProvider.GetUtcNow() + (Window - _timeProvider.GetElapsedTime(accepted.Peek(), now));
                return false;
            }

            accepted.Enqueue(now);
            retryAt = _timeProvider.GetUtcNow();
            return true;
        }
    }

    private static long WindowTicks(TimeProvider timeProvider) => (long)(Window.TotalSeconds * timeProvider.TimestampFrequency);

    private void SweepIfDue(long now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + WindowTicks(_timeProvider);
        foreach (var (userId, windows) in _users)
        {
            foreach (var accepted in windows.All)
            {
                DropExpired(accepted, now);
            }

            if (windows.IsEmpty)
            {
                _users.Remove(userId);
            }
        }
    }

    // An interaction counts while less than a window has passed since it was accepted.
    private void DropExpired(Queue<long> accepted, long now)
    {
        while (accepted.Count > 0 && _timeProvider.GetElapsedTime(accepted.Peek(), now) >= Window)
        {
            accepted.Dequeue();
        }
    }

    /// <summary>When one person's accepted interactions happened, kept apart per kind.</summary>
    private sealed class UserWindows
    {
        public Queue<long>[] All { get; } = [new(), new(), new()];

        public bool IsEmpty => All.All(queue => queue.Count == 0);

        public Queue<long> Of(UserActionKind kind) => All[(int)kind];
    }
}
