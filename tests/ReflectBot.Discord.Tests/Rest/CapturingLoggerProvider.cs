using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Tests.Rest;

/// <summary>Keeps every formatted log line, so tests can check what was (and was not) written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();
    private readonly ConcurrentQueue<(string Fragment, TaskCompletionSource Signal)> _waiters = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

    /// <summary>Completes when a line containing <paramref name="fragment"/> is (or was) logged; fails after a real-time bound.</summary>
    public Task WaitForLineAsync(string fragment)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((fragment, signal));
        if (_lines.Any(line => line.Text.Contains(fragment, StringComparison.Ordinal)))
        {
            signal.TrySetResult();
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this], new LoggerFilterOptions { MinLevel = LogLevel.Trace }));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string text)
    {
        _lines.Enqueue((level, text));
        foreach (var (fragment, signal) in _waiters)
        {
            if (text.Contains(fragment, StringComparison.Ordinal))
            {
                signal.TrySetResult();
            }
        }
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => owner.Add(logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
