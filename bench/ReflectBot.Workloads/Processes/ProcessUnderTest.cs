using System.Diagnostics;

namespace ReflectBot.Workloads.Processes;

/// <summary>A started process, watched: its output lines captured, its memory and CPU read from /proc, killable with SIGKILL.</summary>
public sealed class ProcessUnderTest : IAsyncDisposable
{
    private const int MaxKeptLines = 20_000;

    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _newLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private ProcessUnderTest(Process process, long startTimestamp)
    {
        _process = process;
        StartTimestamp = startTimestamp;
    }

    public int Id => _process.Id;

    /// <summary>The Stopwatch timestamp taken just before the process was started.</summary>
    public long StartTimestamp { get; }

    public bool HasExited => _process.HasExited;

    public static ProcessUnderTest Start(ProcessLaunch launch)
    {
        var start = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = launch.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in launch.Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var startedAt = Stopwatch.GetTimestamp();
        var watched = new ProcessUnderTest(process, startedAt);
        process.OutputDataReceived += (_, e) => watched.Add(e.Data);
        process.ErrorDataReceived += (_, e) => watched.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return watched;
    }

    /// <summary>Standard output and error so far, in arrival order (the last 20,000 lines).</summary>
    public IReadOnlyList<string> OutputLines()
    {
        lock (_lock)
        {
            return [.. _lines];
        }
    }

    /// <summary>Waits until a line matching <paramref name="match"/> has been printed; throws <see cref="TimeoutException"/> otherwise.</summary>
    public async Task WaitForOutputAsync(Func<string, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (_lines.Any(match))
                {
                    return;
                }

                next = _newLine.Task;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited ({_process.ExitCode}) before printing the expected line.");
            }

            try
            {
                await next.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching line within {timeout.TotalSeconds:0} s.");
            }
        }
    }

    public ProcessSample Sample() => ProcFs.Read(_process.Id);

    /// <summary>SIGKILL, as <c>kill -9</c>: the process gets no chance to clean up.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken) => await _process.WaitForExitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        KillHard();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            // It is being killed; the OS finishes that without us.
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        TaskCompletionSource woken;
        lock (_lock)
        {
            _lines.Add(line);
            if (_lines.Count > MaxKeptLines)
            {
                _lines.RemoveRange(0, _lines.Count - MaxKeptLines);
            }

            woken = _newLine;
            _newLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }
}
