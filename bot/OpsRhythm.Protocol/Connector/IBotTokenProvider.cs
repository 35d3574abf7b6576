namespace OpsRhythm.Protocol.Connector;

/// <summary>The bot's bearer token for Bot Connector calls; null when the bot runs without an app id (local development).</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
