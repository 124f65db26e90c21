using Microsoft.Extensions.Logging;

namespace DataFlow.Cli.Infrastructure;

/// <summary>
/// A minimal logger for commands: <c>info: message</c> lines on stderr,
/// passwords redacted, from a minimum level up. Enough for <c>LogNode</c> output and <c>--verbose</c> engine diagnostics.
/// </summary>
internal sealed class StderrLoggerFactory : ILoggerFactory
{
    private readonly Lock _gate = new();
    private readonly TextWriter _error;
    private readonly LogLevel _minimum;
    private readonly SecretRedactor _redactor;

    public StderrLoggerFactory(TextWriter error, LogLevel minimum, SecretRedactor redactor)
    {
        _error = error;
        _minimum = minimum;
        _redactor = redactor;
    }

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var text = $"{Label(level)}: {message}" + (exception is null || _minimum > LogLevel.Debug ? string.Empty : Environment.NewLine + exception);
        lock (_gate)
        {
            _error.WriteLine(_redactor.Redact(text));
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        _ => "crit",
    };

    private sealed class StderrLogger(StderrLoggerFactory factory) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= factory._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                factory.Write(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
