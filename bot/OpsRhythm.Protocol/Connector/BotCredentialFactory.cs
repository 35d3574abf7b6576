using Azure.Core;
using Azure.Identity;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Protocol.Connector;

/// <summary>Chooses the Azure.Identity credential matching MicrosoftAppType; single-tenant authority only.</summary>
public static class BotCredentialFactory
{
    public static TokenCredential? Create(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MicrosoftAppId is not { Length: > 0 } appId)
        {
            return null;
        }

        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }

        // The authority is https://login.microsoftonline.com/{tenant}: the public cloud host plus the tenant id.
        var credentialOptions = new TokenCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzurePublicCloud };
        var tenant = options.MicrosoftAppTenantId;
        return options.MicrosoftAppPassword is { Length: > 0 } password
            ? new ClientSecretCredential(tenant, appId, password, credentialOptions)
            : new ClientCertificateCredential(tenant, appId, BotCertificateLoader.Load(options), credentialOptions);
    }
}
