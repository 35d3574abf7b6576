using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// One issuer's OpenID metadata and signing keys. <see cref="ConfigurationManager{T}"/> caches them and
/// refreshes them daily. When a token names a key id that is not cached (the issuer rotated its keys), the
/// metadata is fetched again at once — at most once per <see cref="MinimumRefreshInterval"/> so that tokens
/// with made-up key ids cannot make the bot hammer the issuer. The manager's own RequestRefresh runs in the
/// background in IdentityModel 8, too late for the request that needs the new key, hence the direct fetch; its
/// result is used alongside the manager's until the manager's daily refresh has caught up.
/// </summary>
internal sealed class SigningMetadata : IDisposable
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(1);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly HttpDocumentRetriever _documents;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private (OpenIdConnectConfiguration Configuration, DateTimeOffset At)? _refreshed;
    private DateTimeOffset? _lastRefresh;

    public SigningMetadata(Uri address, HttpClient httpClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(address);
        Address = address;
        _timeProvider = timeProvider;
        // Only a loopback address (a test's local metadata server) may be fetched without TLS.
        _documents = new HttpDocumentRetriever(httpClient) { RequireHttps = !address.IsLoopback };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), _documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = MinimumRefreshInterval,
        };
    }

    public Uri Address { get; }

    public void Dispose() => _refreshLock.Dispose();

    /// <summary>Fetches the metadata and keys into the cache now, so that the first token does not wait for them.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be read; the next token fetches it again.</exception>
    public Task WarmUpAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>The key named <paramref name="keyId"/>; null when it is not published, even after a refresh.</summary>
    /// <exception cref="InvalidOperationException">No metadata could be read at all.</exception>
    public async Task<SigningKeyMatch?> FindKeyAsync(string keyId, Action onRefresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRefresh);
        var cached = await _manager.GetConfigurationAsync(cancellationToken);
        if ((Find(cached, keyId) ?? FindRefreshed(keyId)) is { } match)
        {
            return match;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched the new keys while this one waited.
            if (FindRefreshed(keyId) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var now = _timeProvider.GetUtcNow();
            if (_lastRefresh is { } last && now - last < MinimumRefreshInterval)
            {
                return null;
            }

            _lastRefresh = now;
            onRefresh();
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(Address.AbsoluteUri, _documents, cancellationToken);
            _refreshed = (configuration, now);
            return Find(configuration, keyId);
        }
        catch (IOException)
        {
            return null;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Keys fetched on demand count until the manager's next daily refresh would have replaced them, so a revoked key does not live on here.</summary>
    private SigningKeyMatch? FindRefreshed(string keyId) =>
        _refreshed is { } refreshed && _timeProvider.GetUtcNow() - refreshed.At < AutomaticRefreshInterval
            ? Find(refreshed.Configuration, keyId)
            : null;

    private static SigningKeyMatch? Find(OpenIdConnectConfiguration configuration, string keyId)
    {
        var key = configuration.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        if (key is null)
        {
            return null;
        }

        var published = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return new SigningKeyMatch(key, published is null ? new HashSet<string>() : SigningKeyEndorsements.Read(published));
    }
}
