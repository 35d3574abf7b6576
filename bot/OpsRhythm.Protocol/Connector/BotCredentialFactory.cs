using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Identity;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Chooses the credential matching MicrosoftAppType; single-tenant authority only. Azure.Identity and Azure.Core
/// are named only in the methods that build their credentials, so a process on App Service with a managed identity
/// loads neither (the JIT loads an assembly when it compiles a method naming its types).
/// </summary>
public static class BotCredentialFactory
{
    public static IAccessTokenSource? Create(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MicrosoftAppId is not { Length: > 0 } appId)
        {
            return null;
        }

        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            return AppServiceManagedIdentity.FromEnvironment(appId) ?? ManagedIdentity(appId);
        }

        return Application(options, appId);
    }

    // The interface, not the concrete type (CA1859): the caller must not name an Azure type.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Keeps Azure.Core and Azure.Identity out of the caller's signature.")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IAccessTokenSource ManagedIdentity(string appId) =>
        new AzureCredentialTokenSource(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId)));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Keeps Azure.Core and Azure.Identity out of the caller's signature.")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IAccessTokenSource Application(BotAuthenticationOptions options, string appId)
    {
        // The authority is https://login.microsoftonline.com/{tenant}: the public cloud host plus the tenant id.
        var credentialOptions = new TokenCredentialOptions { AuthorityHost = AzureAuthorityHosts.AzurePublicCloud };
        var tenant = options.MicrosoftAppTenantId;
        TokenCredential credential = options.MicrosoftAppPassword is { Length: > 0 } password
            ? new ClientSecretCredential(tenant, appId, password, credentialOptions)
            : new ClientCertificateCredential(tenant, appId, BotCertificateLoader.Load(options), credentialOptions);
        return new AzureCredentialTokenSource(credential);
    }
}
