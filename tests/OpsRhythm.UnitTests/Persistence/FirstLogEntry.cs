using Microsoft.Extensions.Logging;

namespace OpsRhythm.UnitTests.Persistence;

/// <summary>A logger that keeps the first entry written to it, formatted, for a test to await.</summary>
internal sealed class FirstLogEntry<T> : ILogger<T>
{
    private readonly TaskCompletionSource<(LogLevel Level, int EventId, string Message, Exception? Failure)> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<(LogLevel Level, int EventId, string Message, Exception? Failure)> Written => _first.Task;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _first.TrySetResult((logLevel, eventId.Id, formatter(state, exception), exception));
}
