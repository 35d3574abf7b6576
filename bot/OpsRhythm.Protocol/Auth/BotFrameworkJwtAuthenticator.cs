using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Auth.Jwt;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// Validates the Bot Connector's JWT on an inbound activity: issuer, audience (the bot's app id), RS256
/// signature by a published key, lifetime with 5 minutes skew, the serviceurl claim, the key's endorsement
/// of the activity's channel, and the activity's tenant. No token answers 401, a bad one 403.
/// Tokens the bot's own tenant issues are refused unless <see cref="BotAuthenticationOptions.MicrosoftAppAllowedCallerAppIds"/>
/// names callers: every member's Teams SSO token has the bot's app id as audience, so accepting any tenant
/// token would let anyone post activities in anyone's name (issue 13).
/// </summary>
public sealed class BotFrameworkJwtAuthenticator : IInboundAuthenticator, IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string MetadataHttpClientName = "OpsRhythm.BotFrameworkMetadata";

    private readonly string[] _audiences;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotFrameworkJwtAuthenticator> _logger;
    private readonly SigningMetadata _botFramework;
    private readonly SigningMetadata? _entra;
    private readonly IReadOnlySet<string> _allowedTenants;
    private readonly IReadOnlySet<string> _allowedCallers;
    private readonly string[] _entraIssuers;

    public BotFrameworkJwtAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotFrameworkJwtAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var settings = options.Value;
        _logger = logger;
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        // Only the bare app id: the Bot Connector uses it, and api://{appId} is what user (SSO) tokens carry.
        _audiences = settings.MicrosoftAppId is { Length: > 0 } appId
            ? [appId]
            : throw new InvalidOperationException("BotFrameworkJwtAuthenticator needs MicrosoftAppId.");

        var httpClient = httpClientFactory.CreateClient(MetadataHttpClientName);
        _botFramework = new SigningMetadata(settings.BotOpenIdMetadata, httpClient, timeProvider);
        _allowedCallers = settings.AllowedCallerAppIds;
        _entra = _allowedCallers.Count == 0 ? null : new SigningMetadata(settings.EffectiveEntraOpenIdMetadata, httpClient, timeProvider);
        _allowedTenants = settings.AllowedTenants;
        var tenant = settings.MicrosoftAppTenantId;
        _entraIssuers = [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"];
    }

    public async Task<InboundAuthResult> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(activity);

        var token = ReadBearerToken(context.Request);
        if (token is null)
        {
            return Reject(InboundAuthResult.Unauthorized, "no bearer token");
        }

        var failure = await ValidateTokenAsync(token, activity, cancellationToken);
        if (failure is not null)
        {
            return Reject(InboundAuthResult.Forbidden, failure);
        }

        if (activity.TenantId is not { Length: > 0 } tenantId || !_allowedTenants.Contains(tenantId))
        {
            return Reject(InboundAuthResult.Forbidden, "the activity's tenant is not allowed");
        }

        return InboundAuthResult.Allowed;
    }

    /// <summary>Fetches the Bot Framework signing keys (what Teams' tokens are signed with) before the first activity needs them.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be read.</exception>
    public Task WarmUpAsync(CancellationToken cancellationToken) => _botFramework.WarmUpAsync(cancellationToken);

    public void Dispose()
    {
        _botFramework.Dispose();
        _entra?.Dispose();
    }

    /// <summary>Null when the token is good, else why it is not.</summary>
    private async Task<string?> ValidateTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        // The reader refuses anything but RS256 with a kid before any key is looked up, so "none" and HS256
        // (with the public key as secret) never get near a key.
        if (CompactJwtReader.TryRead(token, out var read) is { } unreadable)
        {
            return unreadable;
        }

        var jwt = read!;
        var issuer = jwt.Issuer;
        var fromBotFramework = string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal);
        if (issuer is null || (!fromBotFramework && (_entra is null || !_entraIssuers.Contains(issuer, StringComparer.Ordinal))))
        {
            return "the token's issuer is not trusted";
        }

        if (!fromBotFramework && CheckCaller(jwt) is { } callerFailure)
        {
            return callerFailure;
        }

        var metadata = fromBotFramework ? _botFramework : _entra!;
        SigningKeyMatch? key;
        try
        {
            key = await metadata.FindKeyAsync(jwt.KeyId, () => AuthLog.RefreshingMetadata(_logger, jwt.KeyId, metadata.Address), cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            AuthLog.MetadataUnavailable(_logger, metadata.Address, exception);
            return "the signing keys could not be read";
        }

        if (key is null)
        {
            return "the token's signing key is not published";
        }

        // Bot Connector keys say which channels they sign for; Entra keys carry no endorsements, and an allowed
        // caller's token is bound by its tenant-specific issuer and the caller list instead.
        if (fromBotFramework && (activity.ChannelId is not { Length: > 0 } channelId || !key.Endorsements.Contains(channelId)))
        {
            return "the signing key is not endorsed for the activity's channel";
        }

        if (JwtValidator.Validate(jwt, key.Key, [issuer], _audiences, _timeProvider.GetUtcNow()) is { } invalid)
        {
            return invalid;
        }

        return CheckServiceUrl(jwt, activity);
    }

    /// <summary>
    /// An Entra token is accepted only as an app-only token of a listed caller: <c>idtyp=app</c>, no delegated
    /// scope (<c>scp</c>: a person's token, such as the dashboard's SSO token), and <c>azp</c> (v2) or
    /// <c>appid</c> (v1) on the list.
    /// </summary>
    private string? CheckCaller(CompactJwt jwt)
    {
        if (jwt.Has("scp"))
        {
            return "the token is a user's delegated token (scp)";
        }

        if (!string.Equals(jwt.GetString("idtyp"), "app", StringComparison.Ordinal))
        {
            return "the token is not an app-only token (idtyp)";
        }

        var caller = jwt.GetString("azp") is { Length: > 0 } azp ? azp : jwt.GetString("appid");
        return caller is { Length: > 0 } && _allowedCallers.Contains(caller) ? null : "the calling app is not an allowed caller";
    }

    /// <summary>The token binds the activity to the connector that sent it; every accepted token must carry the claim.</summary>
    private static string? CheckServiceUrl(CompactJwt jwt, Activity activity)
    {
        if (jwt.GetString("serviceurl") is not { Length: > 0 } claimed)
        {
            return "the token has no serviceurl claim";
        }

        return string.Equals(claimed.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? null
            : "the token's serviceurl claim differs from the activity's serviceUrl";
    }

    private static string? ReadBearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private InboundAuthResult Reject(InboundAuthResult result, string reason)
    {
        AuthLog.Rejected(_logger, result, reason);
        return result;
    }
}
