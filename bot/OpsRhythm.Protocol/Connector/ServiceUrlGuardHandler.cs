using Microsoft.Extensions.Logging;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The outermost handler of both connector clients: a call to a host off the allow-list never reaches the
/// token handler, the retry policy or the network.
/// </summary>
internal sealed class ServiceUrlGuardHandler(ServiceUrlAllowList allowList, ILogger<ServiceUrlGuardHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!allowList.IsAllowed(request.RequestUri))
        {
            // The host only: a path holds conversation ids.
            ConnectorLog.ServiceUrlRefused(logger, request.RequestUri?.IdnHost);
            throw new ServiceUrlNotAllowedException($"Bot Connector calls to '{request.RequestUri?.IdnHost}' are not allowed; see BotConnector:AllowedServiceHosts.");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
