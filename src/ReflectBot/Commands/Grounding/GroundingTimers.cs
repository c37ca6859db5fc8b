using System.Collections.Concurrent;

namespace ReflectBot.Commands.Grounding;

/// <summary>
/// The paced exercises running now, by session id: each its own task, so one person's timer never
/// waits on another's. Stopping one waits for its task, so no edit lands after Stop or Pause; all
/// of them stop when the host shuts down.
/// </summary>
public sealed class GroundingTimers : IDisposable
{
    private readonly ConcurrentDictionary<long, RunningTimer> _running = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly CancellationTokenRegistration _stoppingRegistration;

    public GroundingTimers(IHostApplicationLifetime lifetime)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _stoppingRegistration = lifetime.ApplicationStopping.Register(CancelAll);
    }

    /// <summary>How many timers are running.</summary>
    public int Count => _running.Count;

    /// <summary>
    /// Runs <paramref name="run"/> for the session, after stopping any timer it already had. The
    /// run reports the phase it shows through the callback it is given.
    /// </summary>
    public async Task StartAsync(long sessionId, int phase, Func<Action<int>, CancellationToken, Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        await StopAsync(sessionId);
        var timer = new RunningTimer(CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token), phase);
        _running[sessionId] = timer;
        timer.Task = Task.Run(async () =>
        {
            try
            {
                await run(shown => timer.Phase = shown, timer.Cancellation.Token);
            }
            catch (OperationCanceledException) when (timer.Cancellation.IsCancellationRequested)
            {
                // Stopped, paused or shutting down: nothing more to show.
            }
            finally
            {
                _running.TryRemove(new KeyValuePair<long, RunningTimer>(sessionId, timer));
            }
        });
    }

    /// <summary>Stops the session's timer and waits for it; returns the phase it last showed, or null when none ran.</summary>
    public async Task<int?> StopAsync(long sessionId)
    {
        if (!_running.TryRemove(sessionId, out var timer))
        {
            return null;
        }

        await timer.Cancellation.CancelAsync();
        await timer.Task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        timer.Cancellation.Dispose();
        return timer.Phase;
    }

    public void Dispose()
    {
        _stoppingRegistration.Dispose();
        CancelAll();
        _shutdown.Dispose();
    }

    private void CancelAll()
    {
        try
        {
            _shutdown.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed: nothing is running any more.
        }
    }

    private sealed class RunningTimer(CancellationTokenSource cancellation, int phase)
    {
        private int _phase = phase;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Task { get; set; } = Task.CompletedTask;

        public int Phase
        {
            get => Volatile.Read(ref _phase);
            set => Volatile.Write(ref _phase, value);
        }
    }
}
