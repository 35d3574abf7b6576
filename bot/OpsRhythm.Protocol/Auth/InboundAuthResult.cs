namespace OpsRhythm.Protocol.Auth;

/// <summary>The verdict on an inbound request: 401 when no valid credentials, 403 when they are valid but not for us.</summary>
public enum InboundAuthResult
{
    Allowed,
    Unauthorized,
    Forbidden,
}
