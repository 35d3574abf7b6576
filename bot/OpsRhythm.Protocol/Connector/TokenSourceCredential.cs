using Azure.Core;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// A token source as Azure.Core's TokenCredential, for the clients that take one (Microsoft Graph): only a
/// bot with Graph on loads Azure.Core for it.
/// </summary>
public sealed class TokenSourceCredential(IAccessTokenSource source) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        if (requestContext.Scopes is not [var scope])
        {
            throw new ArgumentException("A token is asked for exactly one scope here.", nameof(requestContext));
        }

        var token = await source.GetTokenAsync(scope, cancellationToken);
        return new AccessToken(token.Token, token.ExpiresOn, token.RefreshOn, "Bearer");
    }

    /// <summary>The credential to hand an Azure SDK client: the wrapped one when the source already is one.</summary>
    public static TokenCredential For(IAccessTokenSource source) =>
        source is AzureCredentialTokenSource azure ? azure.Credential : new TokenSourceCredential(source);
}
