namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Where the bot's own tokens come from (a client secret or certificate, a managed identity). Our own
/// abstraction rather than Azure.Core's TokenCredential, so that a bot on App Service, whose managed-identity
/// token <see cref="AppServiceManagedIdentity"/> fetches itself, never loads Azure.Core (docs/performance.md).
/// </summary>
public interface IAccessTokenSource
{
    /// <summary>A token for one scope, e.g. <c>https://api.botframework.com/.default</c>.</summary>
    ValueTask<IssuedToken> GetTokenAsync(string scope, CancellationToken cancellationToken);
}
