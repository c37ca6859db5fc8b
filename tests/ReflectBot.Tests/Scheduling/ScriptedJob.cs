using System.Threading.Channels;
using ReflectBot.Scheduling;

namespace ReflectBot.Tests.Scheduling;

/// <summary>A job that records each round (with the time it was given) and wakes when the test says.</summary>
internal sealed class ScriptedJob(string name, TimeProvider time) : IScheduledJob
{
    private readonly Channel<DateTimeOffset> _rounds = Channel.CreateUnbounded<DateTimeOffset>();

    public string Name { get; } = name;

    /// <summary>The next wake as an offset from now; null means nothing planned.</summary>
    public TimeSpan? WakeIn { get; set; }

    public bool Throws { get; set; }

    public Task<JobRound> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        _rounds.Writer.TryWrite(now);
        return Throws ? throw new InvalidOperationException("broken row") : Task.FromResult(new JobRound(1, 0));
    }

    public Task<DateTimeOffset?> NextWakeAsync(CancellationToken cancellationToken)
        => Task.FromResult<DateTimeOffset?>(WakeIn is { } wakeIn ? time.GetUtcNow() + wakeIn : null);

    public async Task<DateTimeOffset> NextRoundAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _rounds.Reader.ReadAsync(timeout.Token);
    }

    public bool HasRoundWaiting => _rounds.Reader.TryPeek(out _);
}
