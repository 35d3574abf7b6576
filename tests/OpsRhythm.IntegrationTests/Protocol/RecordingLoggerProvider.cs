using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>Keeps the event id and the text of every log entry, so a test can see what was logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(EventId Event, LogLevel Level)> Entries { get; } = new();

    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(Entries, Messages);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<(EventId, LogLevel)> entries, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            entries.Enqueue((eventId, logLevel));
            messages.Enqueue(formatter(state, exception));
        }
    }
}
