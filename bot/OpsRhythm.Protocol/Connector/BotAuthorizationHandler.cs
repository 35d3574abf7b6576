namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Adds the bot's bearer token to each attempt of a Bot Connector call. The token only travels over HTTPS
/// (or to a loopback address, where the Playground and tests listen), never in clear text across a network.
/// </summary>
internal sealed class BotAuthorizationHandler(IBotTokenProvider tokenProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)
            && await tokenProvider.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
