using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// One issuer's OpenID metadata and signing keys, cached by <see cref="ConfigurationManager{T}"/> and fetched
/// again when a token names a key id that is not (yet) published. Refreshes are rate limited by the manager.
/// </summary>
internal sealed class SigningMetadata
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public SigningMetadata(Uri address, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(address);
        Address = address;
        // Only a loopback address (a test's local metadata server) may be fetched without TLS.
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !address.IsLoopback };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public Uri Address { get; }

    /// <summary>The key named <paramref name="keyId"/>; null when it is not published even after a refresh.</summary>
    public async Task<SigningKeyMatch?> FindKeyAsync(string keyId, Action onRefresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onRefresh);
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        var match = Find(configuration, keyId);
        if (match is not null)
        {
            return match;
        }

        onRefresh();
        _manager.RequestRefresh();
        configuration = await _manager.GetConfigurationAsync(cancellationToken);
        return Find(configuration, keyId);
    }

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
