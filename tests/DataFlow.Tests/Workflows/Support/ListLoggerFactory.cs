using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DataFlow.Tests.Workflows.Support;

/// <summary>A logger factory that keeps every message (level, event id, category, text) for assertions.</summary>
public sealed class ListLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Category, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, int EventId, string Category, string Message)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, _entries);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class ListLogger(string category, ConcurrentQueue<(LogLevel, int, string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, eventId.Id, category, formatter(state, exception)));
    }
}
