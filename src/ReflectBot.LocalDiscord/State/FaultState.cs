namespace ReflectBot.LocalDiscord.State;

/// <summary>An injected REST failure: the next <paramref name="Count"/> API requests are answered with it.</summary>
internal sealed record RestFault(int Count, int Status, bool Global, double RetryAfterSeconds);

/// <summary>Faults the control API switched on; read by the gateway and the REST pipeline.</summary>
internal sealed class FaultState
{
    private readonly Lock _lock = new();
    private RestFault? _rest;
    private volatile bool _heartbeatAcksStopped;

    /// <summary>The 429 storm, when one is on.</summary>
    public RestStorm Storm { get; } = new();

    public bool HeartbeatAcksStopped
    {
        get => _heartbeatAcksStopped;
        set => _heartbeatAcksStopped = value;
    }

    public void SetRestFault(RestFault? fault)
    {
        lock (_lock)
        {
            _rest = fault is { Count: > 0 } ? fault : null;
        }
    }

    /// <summary>Consumes one use of the pending REST fault, if any.</summary>
    public RestFault? TakeRestFault()
    {
        lock (_lock)
        {
            if (_rest is null)
            {
                return null;
            }

            var taken = _rest;
            _rest = taken.Count > 1 ? taken with { Count = taken.Count - 1 } : null;
            return taken;
        }
    }

    public void Reset()
    {
        HeartbeatAcksStopped = false;
        SetRestFault(null);
        Storm.End();
    }
}
