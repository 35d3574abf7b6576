using Azure.Core;

namespace OpsRhythm.Protocol.Connector;

/// <summary>An Azure.Identity credential (client secret, certificate, managed identity outside App Service) as a token source.</summary>
public sealed class AzureCredentialTokenSource(TokenCredential credential) : IAccessTokenSource
{
    public TokenCredential Credential { get; } = credential ?? throw new ArgumentNullException(nameof(credential));

    public async ValueTask<IssuedToken> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        var token = await Credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        return new IssuedToken(token.Token, token.ExpiresOn, token.RefreshOn);
    }
}
