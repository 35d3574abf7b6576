namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Client-credentials token for the Bot Connector (scope https://api.botframework.com/.default), kept until
/// five minutes before it expires so that a burst of sends costs one token request.
/// </summary>
public sealed class BotTokenProvider : IBotTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IAccessTokenSource? _credential;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private IssuedToken? _cached;

    /// <param name="credential">The bot's identity; null when no app id is configured.</param>
    /// <param name="timeProvider">The clock the cached token's expiry is read against.</param>
    public BotTokenProvider(IAccessTokenSource? credential, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _credential = credential;
        _timeProvider = timeProvider;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } refreshed)
            {
                return refreshed;
            }

            var accessToken = await _credential.GetTokenAsync(Scope, cancellationToken);
            _cached = accessToken;
            return accessToken.Token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private string? Fresh(IssuedToken? cached)
    {
        if (cached is not { } token)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        var stale = now >= token.ExpiresOn - RefreshMargin || (token.RefreshOn is { } refreshOn && now >= refreshOn);
        return stale ? null : token.Token;
    }
}
