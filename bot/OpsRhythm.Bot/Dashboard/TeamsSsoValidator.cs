using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Checks the token the tab gets from Teams (authentication.getAuthToken): an Entra token of the tenant,
/// for this app (its client id or application ID URI), RS256-signed by a key of the tenant's OpenID
/// metadata, within its lifetime (5 minutes skew). Keys are cached and refreshed when an unknown key id appears.
/// </summary>
internal sealed class TeamsSsoValidator
{
    public const string MetadataHttpClientName = "OpsRhythm.DashboardSsoMetadata";

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly TokenValidationParameters? _parameters;
    private readonly string? _tenantId;

    public TeamsSsoValidator(IOptions<DashboardOptions> options, IHttpClientFactory httpClientFactory)
    {
        var settings = options.Value;
        if (!settings.SsoEnabled)
        {
            return;
        }

        var address = settings.EffectiveOpenIdMetadata;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(MetadataHttpClientName)) { RequireHttps = !address.IsLoopback };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        _tenantId = settings.SsoTenantId;
        _parameters = new TokenValidationParameters
        {
            // Teams issues v2 tokens when the registration says accessTokenAcceptedVersion 2, v1 otherwise: both are the tenant's.
            ValidIssuers = [$"https://login.microsoftonline.com/{_tenantId}/v2.0", $"https://sts.windows.net/{_tenantId}/"],
            ValidAudiences = new[] { settings.SsoClientId, settings.SsoApplicationIdUri }.OfType<string>().Where(a => a.Length > 0).ToList(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ConfigurationManager = _metadata,
        };
    }

    public bool IsEnabled => _parameters is not null;

    /// <summary>The token's person, or null when the token is not valid for this app.</summary>
    public async Task<TeamsSsoToken?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_parameters is null || _metadata is null || !Handler.CanReadToken(token))
        {
            return null;
        }

        var result = await Handler.ValidateTokenAsync(token, _parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }

        if (!jwt.TryGetPayloadValue<string>("tid", out var tid) || !string.Equals(tid, _tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        jwt.TryGetPayloadValue<string>("oid", out var oid);
        var upn = jwt.TryGetPayloadValue<string>("preferred_username", out var preferred) ? preferred
            : jwt.TryGetPayloadValue<string>("upn", out var legacy) ? legacy : null;
        return new TeamsSsoToken(oid, upn) { TenantId = tid };
    }
}
