namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// The bot's identity, bound from the configuration root under the names Bot Framework developers know
/// (MicrosoftAppType, MicrosoftAppId, ...). An empty <see cref="MicrosoftAppId"/> means local development:
/// no inbound token check (loopback only) and no outbound token.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string DefaultBotOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store, instead of a password.</summary>
    public string? MicrosoftAppCertificateThumbprint { get; set; }

    /// <summary>Path of a PFX/PKCS#12 or PEM file holding the certificate and its private key, instead of a password.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    /// <summary>Password of the PFX file at <see cref="MicrosoftAppCertificatePath"/>, when it has one.</summary>
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>Tenants besides <see cref="MicrosoftAppTenantId"/> whose activities are accepted.</summary>
    public IList<string> MicrosoftAppAllowedTenantIds { get; } = [];

    /// <summary>
    /// App ids of other services allowed to call /api/messages with an app-only token from the bot's own tenant
    /// (<c>idtyp=app</c>, no <c>scp</c>, <c>azp</c>/<c>appid</c> on this list, a serviceurl claim). Empty, the
    /// default, turns that path off: only the Bot Connector's own tokens are accepted.
    /// </summary>
    public IList<string> MicrosoftAppAllowedCallerAppIds { get; } = [];

    /// <summary>The Bot Connector's OpenID metadata; changed only for sovereign clouds and tests.</summary>
    public Uri BotOpenIdMetadata { get; set; } = new(DefaultBotOpenIdMetadata);

    /// <summary>
    /// Entra OpenID metadata for app-only tokens of <see cref="MicrosoftAppAllowedCallerAppIds"/>; defaults to
    /// https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration.
    /// </summary>
    public Uri? EntraOpenIdMetadata { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool UsesCertificate =>
        !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint) || !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);

    public Uri EffectiveEntraOpenIdMetadata => EntraOpenIdMetadata
        ?? new Uri($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration");

    /// <summary>The callers whose app-only Entra tokens are accepted; empty means none.</summary>
    public IReadOnlySet<string> AllowedCallerAppIds => MicrosoftAppAllowedCallerAppIds
        .Where(id => !string.IsNullOrWhiteSpace(id))
        .Select(id => id.Trim())
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tenants whose activities are accepted.</summary>
    public IReadOnlySet<string> AllowedTenants => MicrosoftAppAllowedTenantIds
        .Append(MicrosoftAppTenantId)
        .OfType<string>()
        .Where(t => t.Length > 0)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
