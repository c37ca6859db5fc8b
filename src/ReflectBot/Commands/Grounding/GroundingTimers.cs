using System.Collections.Concurrent;

namespace ReflectBot.Commands.Grounding;

/// <summary>
/// The paced exercises running now, by session id: each its own task, so one person's timer never
/// waits on another's. Stopping one waits for its task, so no edit lands after Stop or Pause; all
/// of them stop when the host shuts down.
/// </summary>
public sealed partial class GroundingTimers : IDisposable
{
    private readonly ConcurrentDictionary<long, RunningTimer> _running = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly CancellationTokenRegistration _stoppingRegistration;
    private readonly ILogger<GroundingTimers> _logger;

    public GroundingTimers(IHostApplicationLifetime lifetime, ILogger<GroundingTimers> logger)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        _logger = logger;
        _stoppingRegistration = lifetime.ApplicationStopping.Register(CancelAll);
    }

    /// <summary>How many timers are running.</summary>
    public int Count => _running.Count;

    /// <summary>
    /// Runs <paramref name="run"/> for the session in place of any timer it already had, which has
    /// stopped by the time this returns, so the two never edit at once. The run reports the phase it shows through
    /// the callback it is given.
    /// </summary>
    public async Task StartAsync(long sessionId, int phase, Func<Action<int>, CancellationToken, Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var timer = new RunningTimer(CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token), phase);
        RunningTimer? replaced = null;

        // One step, so two starts at once cannot leave a timer that nothing can stop.
        _running.AddOrUpdate(sessionId, timer, (_, old) =>
        {
            replaced = old;
            return timer;
        });
        if (replaced is not null)
        {
            await StopTimerAsync(replaced);
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await run(shown => timer.Phase = shown, timer.Cancellation.Token);
            }
            catch (OperationCanceledException) when (timer.Cancellation.IsCancellationRequested)
            {
                // Stopped, paused or shutting down: nothing more to show.
            }
            catch (Exception exception)
            {
                LogTimerFailed(exception, sessionId);
            }
            finally
            {
                _running.TryRemove(new KeyValuePair<long, RunningTimer>(sessionId, timer));
                timer.Cancellation.Dispose();
                timer.Done.TrySetResult();
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

        await StopTimerAsync(timer);
        return timer.Phase;
    }

    public void Dispose()
    {
        _stoppingRegistration.Dispose();
        CancelAll();
        _shutdown.Dispose();
    }

    private static async Task StopTimerAsync(RunningTimer timer)
    {
        try
        {
            await timer.Cancellation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // Already stopped and cleaned up by another caller.
        }

        await timer.Done.Task;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The timer of grounding session {SessionId} failed; its message stays on the last phase")]
    private partial void LogTimerFailed(Exception exception, long sessionId);

    private sealed class RunningTimer(CancellationTokenSource cancellation, int phase)
    {
        private int _phase = phase;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        /// <summary>Completes when the run has ended, whichever way; awaiting it never throws.</summary>
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Phase
        {
            get => Volatile.Read(ref _phase);
            set => Volatile.Write(ref _phase, value);
        }
    }
}
