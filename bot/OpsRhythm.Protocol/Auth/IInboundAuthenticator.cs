using Microsoft.AspNetCore.Http;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Auth;

public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken);
}

public enum InboundAuthResult
{
    Allowed,
    Unauthorized,
    Forbidden,
}
