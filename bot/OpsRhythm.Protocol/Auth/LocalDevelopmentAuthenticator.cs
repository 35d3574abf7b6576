using System.Net;
using Microsoft.AspNetCore.Http;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// Used only when no MicrosoftAppId is configured (local runs with the Agents Playground, which sends
/// no token): requests are accepted from loopback addresses only, so a bot started on a laptop
/// never answers unauthenticated traffic from the network.
/// </summary>
public sealed class LocalDevelopmentAuthenticator : IInboundAuthenticator
{
    public Task<InboundAuthResult> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(IsLoopback(context.Connection.RemoteIpAddress) ? InboundAuthResult.Allowed : InboundAuthResult.Unauthorized);
    }

    internal static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
