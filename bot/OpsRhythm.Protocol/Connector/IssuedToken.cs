namespace OpsRhythm.Protocol.Connector;

/// <summary>A bearer token and when it stops being valid; <paramref name="RefreshOn"/> is when the issuer advises renewing it.</summary>
public readonly record struct IssuedToken(string Token, DateTimeOffset ExpiresOn, DateTimeOffset? RefreshOn = null);
