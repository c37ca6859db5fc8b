using Microsoft.Extensions.Options;

namespace ReflectBot.Discord.Rest.RateLimits;

/// <summary>
/// At most N requests in any second, counted the way Discord counts them: by when they arrive. A sliding window, widened
/// by <see cref="DiscordClientOptions.GlobalWindowMargin"/>, over the moment each request can have reached Discord at the
/// latest. A slot counts from its request's departure (<see cref="GlobalSlot.TryDepart"/>), not from when it was handed
/// out, since on a busy machine the waiter may resume hundreds of milliseconds late. While the request is on its way the
/// slot stays in the window, however long that takes. Once it is answered (<see cref="GlobalSlot.Land"/>), the slot
/// counts from the answer less the fastest round trip answered before the request left: whatever a trip took beyond
/// that may have been spent on the way to Discord. (Trips on their way together may be delayed alike, so they do not
/// vouch for each other.) A process's first request, slowed by connecting and compiling, once reached the server 600 ms
/// after it left, and the next second's requests, counted from departures, then landed in the same second as it.
/// Interactive requests are served before background ones; while interactive traffic is recent, background work
/// leaves <see cref="DiscordClientOptions.InteractiveReservePerSecond"/> slots of each second free for it.
/// </summary>
public sealed class GlobalRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>How long the fastest round trip is remembered as the floor of every trip.</summary>
    private static readonly TimeSpan FloorMemory = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _perSecond;
    private readonly int _backgroundPerSecondUnderLoad;
    private readonly LinkedList<Waiter> _interactive = new();
    private readonly LinkedList<Waiter> _background = new();
    private readonly ITimer _wakeUp;
    private readonly TimeSpan _span;
    private readonly RoundTripFloor _floor = new(FloorMemory);
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
        _span = Window + settings.GlobalWindowMargin;
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
            slot.FloorAtDeparture = _floor.Current(now);
            slot.InFlight = true;
            return true;
        }
    }

    /// <summary>
    /// The slot's request is over. Answered, it reached Discord no later than the answer less the fastest round trip
    /// answered in the ten seconds before it left (with none known, no later than the answer); failed without an answer,
    /// no later than now. The slot counts from that moment, never earlier than the departure, and may now leave the
    /// window.
    /// </summary>
    internal void Land(GlobalSlot slot, bool answered)
    {
        lock (_lock)
        {
            if (!slot.InFlight)
            {
                return;
            }

            var now = _timeProvider.GetUtcNow();
            var notDelay = TimeSpan.Zero;
            if (answered)
            {
                var roundTrip = now - slot.At;

                // Without a floor all of the trip may have been delay; a trip faster than the floor had none.
                notDelay = slot.FloorAtDeparture is { } floor ? (floor < roundTrip ? floor : roundTrip) : TimeSpan.Zero;
                _floor.Add(now, roundTrip);
            }

            slot.At = now - notDelay;
            slot.InFlight = false;
        }

        Serve();
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

            // Slots whose requests reached Discord longer than the window ago no longer count; those still on their way
            // do. Departures and answers move slots forward out of order, so this looks at all of them (at most the limit).
            for (var i = _grants.Count - 1; i >= 0; i--)
            {
                if (!_grants[i].InFlight && _grants[i].At <= now - _span)
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
                // A slot frees when the earliest landed one leaves the window (one in flight frees only once answered,
                // and its answer serves again); background waiters held back only by the reserve may go as soon as
                // interactive traffic is a second old.
                var slotFrees = _grants.Count == 0 ? now : EarliestLanded() is { } landed ? landed + _span : (DateTimeOffset?)null;
                var reserveLifts = _lastInteractiveAt + Window;
                var next = _interactive.Count == 0 && _grants.Count < _perSecond && reserveLifts > now && (slotFrees is null || reserveLifts < slotFrees)
                    ? reserveLifts
                    : slotFrees;
                if (next is { } wakeAt)
                {
                    Schedule(wakeAt - now);
                }
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

    /// <summary>The earliest moment any slot not in flight counts from; null when every slot is in flight.</summary>
    private DateTimeOffset? EarliestLanded()
    {
        DateTimeOffset? earliest = null;
        foreach (var slot in _grants)
        {
            if (!slot.InFlight && (earliest is null || slot.At < earliest))
            {
                earliest = slot.At;
            }
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
