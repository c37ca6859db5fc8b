using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ReflectBot.Discord.Models;
using ReflectBot.Hosting;

namespace ReflectBot.Interactions;

/// <summary>
/// Runs each interaction on its own task, so one slow handler never holds up the next person,
/// with a cap on how many run at once; and lets shutdown wait for the ones in flight.
/// </summary>
public sealed partial class InteractionDispatcher : IDisposable
{
    /// <summary>After cancelling what is left at shutdown, how long to let it unwind before the host tears down.</summary>
    private static readonly TimeSpan UnwindGrace = TimeSpan.FromSeconds(1);

    private readonly InteractionRouter _router;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _abandon = new();

    public InteractionDispatcher(InteractionRouter router, IOptions<BotOptions> options, ILogger<InteractionDispatcher> logger)
    {
        _router = router;
        _logger = logger;
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentInteractions);
    }

    public int InFlight => _inFlight.Count;

    /// <summary>
    /// Waits for a free slot (back-pressure on the gateway queue), then starts the handler.
    /// <paramref name="receivedAt"/> is when the bot read the interaction, so time spent waiting counts against Discord's deadline.
    /// </summary>
    public async Task EnqueueAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var task = RunAsync(interaction, receivedAt);
        _inFlight.TryAdd(task, 0);
        _ = task.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Lets the interactions in flight finish; past the caller's deadline they are cancelled.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var pending = _inFlight.Keys.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        LogDraining(pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogAbandoning(_inFlight.Count);
            await _abandon.CancelAsync();
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(UnwindGrace, CancellationToken.None));
        }
    }

    // The slots semaphore is left to the collector: a handler still unwinding after shutdown may release it.
    public void Dispose() => _abandon.Dispose();

    private async Task RunAsync(Interaction interaction, long receivedAt)
    {
        try
        {
            await Task.Yield();
            await _router.HandleAsync(interaction, receivedAt, _abandon.Token);
        }
        catch (Exception exception)
        {
            LogUnhandled(exception, interaction.Id.Value);
        }
        finally
        {
            _slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for {Count} interaction(s) in flight before shutting down")]
    private partial void LogDraining(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown deadline reached; cancelling {Count} interaction(s)")]
    private partial void LogAbandoning(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId} failed outside its handler")]
    private partial void LogUnhandled(Exception exception, ulong interactionId);
}
