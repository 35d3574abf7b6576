using OpsRhythm.Protocol.Auth.Jwt;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// One issuer's signing keys, read from its OpenID metadata and cached for a day. When a token names a key id
/// that is not cached (the issuer rotated its keys), the keys are fetched again at once, but at most once per
/// <see cref="MinimumRefreshInterval"/> so that tokens with made-up key ids cannot make the bot hammer the
/// issuer; the fresh set replaces the cached one, so a withdrawn key stops counting too. When a scheduled
/// refresh fails, the last keys read stay in use and the next attempt waits <see cref="MinimumRefreshInterval"/>;
/// when there are none yet, attempts are at least <see cref="FailureRetryInterval"/> apart.
/// </summary>
public sealed class SigningMetadata : IDisposable
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailureRetryInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromDays(1);

    private readonly HttpClient _http;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private volatile Snapshot? _current;
    private (InvalidOperationException Failure, DateTimeOffset At)? _lastFailure;
    private DateTimeOffset? _lastOnDemandRefresh;

    public SigningMetadata(Uri address, HttpClient httpClient, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Address = address;
        _http = httpClient;
        _timeProvider = timeProvider;
    }

    public Uri Address { get; }

    public void Dispose() => _fetchLock.Dispose();

    /// <summary>Fetches the metadata and keys into the cache now, so that the first token does not wait for them.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be read; the next token fetches it again.</exception>
    public Task WarmUpAsync(CancellationToken cancellationToken) => GetKeysAsync(cancellationToken);

    /// <summary>The key named <paramref name="keyId"/>; null when it is not published, even after a refresh.</summary>
    /// <exception cref="InvalidOperationException">No metadata could be read at all.</exception>
    public async Task<SigningKeyMatch?> FindKeyAsync(string keyId, Action onRefresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRefresh);
        if ((await GetKeysAsync(cancellationToken)).TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            // Another request may have fetched the new keys while this one waited.
            if (_current?.Keys.TryGetValue(keyId, out var fetchedMeanwhile) == true)
            {
                return fetchedMeanwhile;
            }

            var now = _timeProvider.GetUtcNow();
            if (_lastOnDemandRefresh is { } last && now - last < MinimumRefreshInterval)
            {
                return null;
            }

            _lastOnDemandRefresh = now;
            onRefresh();
            var keys = await OpenIdSigningKeys.FetchAsync(_http, Address, cancellationToken);
            _current = new Snapshot(keys, now + AutomaticRefreshInterval);
            return keys.GetValueOrDefault(keyId);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, SigningKeyMatch>> GetKeysAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && _timeProvider.GetUtcNow() < fresh.RefreshDue)
        {
            return fresh.Keys;
        }

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            var current = _current;
            var now = _timeProvider.GetUtcNow();
            if (current is not null && now < current.RefreshDue)
            {
                return current.Keys;
            }

            if (current is null && _lastFailure is { } failed && now - failed.At < FailureRetryInterval)
            {
                throw new InvalidOperationException(failed.Failure.Message, failed.Failure);
            }

            try
            {
                var keys = await OpenIdSigningKeys.FetchAsync(_http, Address, cancellationToken);
                _current = new Snapshot(keys, now + AutomaticRefreshInterval);
                _lastFailure = null;
                return keys;
            }
            catch (InvalidOperationException failure)
            {
                _lastFailure = (failure, now);
                if (current is null)
                {
                    throw;
                }

                // The last keys read stay in use until the issuer answers again.
                _current = current with { RefreshDue = now + MinimumRefreshInterval };
                return current.Keys;
            }
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKeyMatch> Keys, DateTimeOffset RefreshDue);
}
