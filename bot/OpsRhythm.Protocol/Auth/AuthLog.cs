using Microsoft.Extensions.Logging;

namespace OpsRhythm.Protocol.Auth;

/// <summary>Why a request was turned away; never the token itself.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound request rejected with {Result}: {Reason}")]
    public static partial void Rejected(ILogger logger, InboundAuthResult result, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Signing key {KeyId} is not in the cached metadata of {Address}; refreshing")]
    public static partial void RefreshingMetadata(ILogger logger, string keyId, Uri address);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "OpenID metadata could not be read from {Address}")]
    public static partial void MetadataUnavailable(ILogger logger, Uri address, Exception exception);
}
