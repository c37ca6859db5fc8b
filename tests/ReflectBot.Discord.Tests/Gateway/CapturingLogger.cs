using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReflectBot.Discord.Tests.Gateway;

/// <summary>Keeps every formatted log line, so tests can check what the client logged (and what it never did).</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => _lines.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)} {exception}");
}
