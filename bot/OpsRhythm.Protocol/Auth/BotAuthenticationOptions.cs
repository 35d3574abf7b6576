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

    /// <summary>The Bot Connector's OpenID metadata; changed only for sovereign clouds and tests.</summary>
    public Uri BotOpenIdMetadata { get; set; } = new(DefaultBotOpenIdMetadata);

    /// <summary>
    /// Entra OpenID metadata for tokens the channel issues through the tenant's authority; defaults to
    /// https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration.
    /// </summary>
    public Uri? EntraOpenIdMetadata { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool UsesCertificate =>
        !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint) || !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);

    public Uri EffectiveEntraOpenIdMetadata => EntraOpenIdMetadata
        ?? new Uri($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration");

    /// <summary>The tenants whose activities are accepted.</summary>
    public IReadOnlySet<string> AllowedTenants => MicrosoftAppAllowedTenantIds
        .Append(MicrosoftAppTenantId)
        .OfType<string>()
        .Where(t => t.Length > 0)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
