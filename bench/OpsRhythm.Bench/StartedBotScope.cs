namespace OpsRhythm.Bench;

/// <summary>Stops a started bot at the end of a using block.</summary>
public sealed class StartedBotScope(StartedBot bot) : IAsyncDisposable
{
    public StartedBot Bot { get; } = bot;

    public ValueTask DisposeAsync() => Bot.Bot.DisposeAsync();
}
