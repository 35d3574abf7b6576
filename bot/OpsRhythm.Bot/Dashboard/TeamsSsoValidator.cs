using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Auth.Jwt;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Checks the token the tab gets from Teams (authentication.getAuthToken): an Entra token of the tenant,
/// for this app (its client id or application ID URI), RS256-signed by a key of the tenant's OpenID
/// metadata, within its lifetime (5 minutes skew). Keys are cached and refreshed when an unknown key id appears.
/// </summary>
internal sealed class TeamsSsoValidator : IDisposable
{
    public const string MetadataHttpClientName = "OpsRhythm.DashboardSsoMetadata";

    private readonly SigningMetadata? _metadata;
    private readonly TimeProvider _timeProvider;
    private readonly string[] _issuers = [];
    private readonly string[] _audiences = [];
    private readonly string? _tenantId;

    public TeamsSsoValidator(IOptions<DashboardOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var settings = options.Value;
        if (!settings.SsoEnabled)
        {
            return;
        }

        _metadata = new SigningMetadata(settings.EffectiveOpenIdMetadata, httpClientFactory.CreateClient(MetadataHttpClientName), timeProvider);
        _tenantId = settings.SsoTenantId;
        // Teams issues v2 tokens when the registration says accessTokenAcceptedVersion 2, v1 otherwise: both are the tenant's.
        _issuers = [$"https://login.microsoftonline.com/{_tenantId}/v2.0", $"https://sts.windows.net/{_tenantId}/"];
        _audiences = new[] { settings.SsoClientId, settings.SsoApplicationIdUri }.OfType<string>().Where(a => a.Length > 0).ToArray();
    }

    public bool IsEnabled => _metadata is not null;

    public void Dispose() => _metadata?.Dispose();

    /// <summary>The token's person, or null when the token is not valid for this app.</summary>
    public async Task<TeamsSsoToken?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_metadata is null || CompactJwtReader.TryRead(token, out var jwt) is not null || !_issuers.Contains(jwt!.Issuer, StringComparer.Ordinal))
        {
            return null;
        }

        SigningKeyMatch? key;
        try
        {
            key = await _metadata.FindKeyAsync(jwt.KeyId, static () => { }, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        if (key is null
            || JwtValidator.Validate(jwt, key.Key, _issuers, _audiences, _timeProvider.GetUtcNow()) is not null
            || !string.Equals(jwt.GetString("tid"), _tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new TeamsSsoToken(jwt.GetString("oid"), jwt.GetString("preferred_username") ?? jwt.GetString("upn")) { TenantId = jwt.GetString("tid") };
    }
}
