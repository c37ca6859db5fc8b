namespace ReflectBot.Workloads.Processes;

/// <summary>
/// A turn at the machine for a test suite that measures time (the fault suite, each integration test) or eats CPU in
/// bursts (the browser tests): `dotnet test` runs test assemblies side by side, and on 2 cores Chromium beside the fault
/// suite delayed requests by 60–80 ms, more than any deadline those tests judge by. Holders of a turn run one after the other, across
/// processes: it is an exclusive lock on a file in the temp folder, which the OS drops if a holder dies.
/// </summary>
public sealed class MachineTurn : IDisposable
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "reflectbot-machine-turn.lock");
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _lock;

    private MachineTurn(FileStream held) => _lock = held;

    /// <summary>Waits until no other suite holds a turn, then takes it; throws <see cref="TimeoutException"/> after <paramref name="patience"/>.</summary>
    public static async Task<MachineTurn> TakeAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = TimeProvider.System;
        var deadline = clock.GetUtcNow() + patience;
        while (true)
        {
            try
            {
                return new MachineTurn(new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException exception)
            {
                if (clock.GetUtcNow() >= deadline)
                {
                    throw new TimeoutException($"Another suite held the machine turn ({LockPath}) for more than {patience}.", exception);
                }

                // Another suite's turn: a lock on a file has no event to wait on, so look again shortly.
                await Task.Delay(Retry, clock, cancellationToken);
            }
        }
    }

    public void Dispose() => _lock.Dispose();
}
