using Microsoft.AspNetCore.Http;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// Decides whether a request to /api/messages really comes from the Bot Connector (or, in a local
/// run, from this machine). It runs after the activity is parsed because the token's serviceUrl
/// claim must match the activity's.
/// </summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken);
}
