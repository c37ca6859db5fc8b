using Microsoft.Extensions.Options;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// At most N requests in any second (a sliding window, widened by <see cref="DiscordClientOptions.GlobalWindowMargin"/>
/// so that the jitter of requests on their way never lets N + 1 arrive within one second of Discord's count; when the
/// round trips of the last two seconds spread wider than the margin, by that spread instead), and a full stop while a
/// global 429 lasts. A slot counts from the moment its request leaves (<see cref="GlobalSlot.TryDepart"/>), not the
/// moment it was handed out: on a busy machine the waiter may resume hundreds of milliseconds late, and a window counted
/// from the grant would then let it reach Discord in the same second as the next window's requests. Interactive requests
/// are served before background ones; while interactive traffic is recent, background work leaves
/// <see cref="DiscordClientOptions.InteractiveReservePerSecond"/> slots of each second free for it.
/// </summary>
public sealed class GlobalRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>How far back round trips tell the jitter, and the most it may widen the window.</summary>
    private static readonly TimeSpan JitterMemory = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxJitter = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _perSecond;
    private readonly int _backgroundPerSecondUnderLoad;
    private readonly LinkedList<Waiter> _interactive = new();
    private readonly LinkedList<Waiter> _background = new();
    private readonly ITimer _wakeUp;
    private readonly TimeSpan _margin;
    private readonly Queue<(DateTimeOffset At, TimeSpan RoundTrip)> _roundTrips = new();
    private TimeSpan _span;
    private readonly TimeSpan _pauseMargin;
    private readonly List<GlobalSlot> _grants = [];
    private int _usedByBackground;
    private DateTimeOffset _lastInteractiveAt = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public GlobalRateLimiter(IOptions<DiscordClientOptions> options, TimeProvider timeProvider)
    {
        var settings = options.Value;
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.GlobalRequestsPerSecond, 1, nameof(options));
        _timeProvider = timeProvider;
        _perSecond = settings.GlobalRequestsPerSecond;

        // Options validation refuses a reserve outside 0..limit-1; an unvalidated one still leaves background a slot.
        var reserve = Math.Clamp(settings.InteractiveReservePerSecond, 0, _perSecond - 1);
        _backgroundPerSecondUnderLoad = _perSecond - reserve;
        _margin = settings.GlobalWindowMargin;
        _span = Window + _margin;
        _pauseMargin = settings.RateLimitMargin;
        _wakeUp = timeProvider.CreateTimer(_ => Serve(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Waits with the ambient priority (<see cref="DiscordRequestPriorityScope"/>).</summary>
    public ValueTask<GlobalSlot> WaitAsync(CancellationToken cancellationToken) => WaitAsync(DiscordRequestPriority.Current, cancellationToken);

    /// <summary>
    /// Waits for a global pause to end and for a slot in the current second that this priority may use. The caller
    /// marks the slot's departure when its request actually leaves.
    /// </summary>
    public ValueTask<GlobalSlot> WaitAsync(DiscordRequestPriority priority, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<GlobalSlot>(cancellationToken);
        }

        var waiter = new Waiter();
        waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        lock (_lock)
        {
            if (priority == DiscordRequestPriority.Interactive)
            {
                _lastInteractiveAt = _timeProvider.GetUtcNow();
            }

            if (!waiter.Completion.Task.IsCompleted)
            {
                waiter.Node = (priority == DiscordRequestPriority.Interactive ? _interactive : _background).AddLast(waiter);
            }
        }

        Serve();
        return new ValueTask<GlobalSlot>(waiter.Completion.Task);
    }

    /// <summary>Stops every bot-token request until <paramref name="until"/> (a global 429), and the rate-limit margin after it.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        until += _pauseMargin;
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }

        Serve();
    }

    /// <summary>
    /// Records how long a globally counted request took from its slot to its answer. Two requests a window apart can
    /// reach Discord closer together than they left by as much as their trips differ, so the window widens by the
    /// spread of recent trips when that is more than the margin (at most <see cref="MaxJitter"/>).
    /// </summary>
    public void ObserveRoundTrip(TimeSpan roundTrip)
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            _roundTrips.Enqueue((now, roundTrip));
            while (_roundTrips.Peek().At < now - JitterMemory)
            {
                _roundTrips.Dequeue();
            }

            var spread = _roundTrips.Max(t => t.RoundTrip) - _roundTrips.Min(t => t.RoundTrip);
            _span = Window + (spread > _margin ? (spread < MaxJitter ? spread : MaxJitter) : _margin);
        }
    }

    public void Dispose() => _wakeUp.Dispose();

    /// <summary>
    /// Counts <paramref name="slot"/> from now, when its request leaves. False, with the slot given back, when the
    /// request must wait again: a global 429 has paused everything since the slot was handed out, or the waiter resumed
    /// so late that the slot left the window and another request has had it.
    /// </summary>
    internal bool TryDepart(GlobalSlot slot)
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (!_grants.Contains(slot))
            {
                return false;
            }

            if (now < _pausedUntil)
            {
                Release(slot);
                return false;
            }

            slot.At = now;
            return true;
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node?.List is { } queue)
            {
                queue.Remove(waiter.Node);
            }
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
    }

    /// <summary>Hands out the slots that are free now, interactive first, and sets the timer for when more free up.</summary>
    private void Serve()
    {
        List<Waiter>? granted = null;
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (now < _pausedUntil)
            {
                Schedule(_pausedUntil - now);
                return;
            }

            // Slots that left longer than the window ago no longer count. Departures move slots forward out of
            // order, so this looks at all of them (at most the limit).
            for (var i = _grants.Count - 1; i >= 0; i--)
            {
                if (_grants[i].At <= now - _span)
                {
                    _usedByBackground -= _grants[i].Background ? 1 : 0;
                    _grants.RemoveAt(i);
                }
            }

            var interactiveIsRecent = now - _lastInteractiveAt < Window;
            var backgroundAllowance = interactiveIsRecent ? _backgroundPerSecondUnderLoad : _perSecond;
            while (_grants.Count < _perSecond)
            {
                if (_interactive.First is { } interactive)
                {
                    _interactive.RemoveFirst();
                    interactive.Value.Node = null;
                    (granted ??= []).Add(interactive.Value);
                    interactive.Value.Slot = Grant(now, background: false);
                    _lastInteractiveAt = now;
                    backgroundAllowance = _backgroundPerSecondUnderLoad;
                }
                else if (_background.First is { } background && _usedByBackground < backgroundAllowance)
                {
                    _background.RemoveFirst();
                    background.Value.Node = null;
                    (granted ??= []).Add(background.Value);
                    background.Value.Slot = Grant(now, background: true);
                    _usedByBackground++;
                }
                else
                {
                    break;
                }
            }

            if (_interactive.Count > 0 || _background.Count > 0)
            {
                // A slot frees when the earliest departure leaves the window; background waiters held back only by
                // the reserve may go as soon as interactive traffic is a second old.
                var slotFrees = _grants.Count > 0 ? EarliestDeparture() + _span : now;
                var reserveLifts = _lastInteractiveAt + Window;
                var next = _interactive.Count == 0 && _grants.Count < _perSecond && reserveLifts > now && reserveLifts < slotFrees
                    ? reserveLifts
                    : slotFrees;
                Schedule(next - now);
            }
        }

        foreach (var waiter in granted ?? [])
        {
            waiter.Cancellation.Dispose();
            if (!waiter.Completion.TrySetResult(waiter.Slot!))
            {
                // Cancelled in the instant it was served: nobody will use the slot.
                lock (_lock)
                {
                    Release(waiter.Slot!);
                }

                Serve();
            }
        }
    }

    /// <summary>Takes an unused slot out of the window; call under the lock.</summary>
    private void Release(GlobalSlot slot)
    {
        if (_grants.Remove(slot))
        {
            _usedByBackground -= slot.Background ? 1 : 0;
        }
    }

    private DateTimeOffset EarliestDeparture()
    {
        var earliest = DateTimeOffset.MaxValue;
        foreach (var slot in _grants)
        {
            earliest = slot.At < earliest ? slot.At : earliest;
        }

        return earliest;
    }

    private GlobalSlot Grant(DateTimeOffset now, bool background)
    {
        var slot = new GlobalSlot(this, now, background);
        _grants.Add(slot);
        return slot;
    }

    private void Schedule(TimeSpan delay) => _wakeUp.Change(delay, Timeout.InfiniteTimeSpan);

    private sealed class Waiter
    {
        public TaskCompletionSource<GlobalSlot> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public GlobalSlot? Slot { get; set; }
        public LinkedListNode<Waiter>? Node { get; set; }
        public CancellationTokenRegistration Cancellation { get; set; }
    }
}
