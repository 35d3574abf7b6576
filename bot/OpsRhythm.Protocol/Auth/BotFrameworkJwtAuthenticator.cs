using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpsRhythm.Protocol.Activities;

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
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    private readonly string _appId;
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
        _appId = settings.MicrosoftAppId is { Length: > 0 } appId
            ? appId
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
        JsonWebToken jwt;
        try
        {
            if (!Handler.CanReadToken(token))
            {
                return "the token is not a readable JWT";
            }

            jwt = Handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "the token is malformed";
        }

        // Checked before any key is looked up so that "none" and HS256 (with the public key as secret) never get near a key.
        if (jwt.IsEncrypted || !string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return "the token is not signed with RS256";
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return "the token names no signing key";
        }

        var issuer = jwt.Issuer;
        var fromBotFramework = string.Equals(issuer, BotFrameworkIssuer, StringComparison.Ordinal);
        if (!fromBotFramework && (_entra is null || !_entraIssuers.Contains(issuer, StringComparer.Ordinal)))
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
            key = await metadata.FindKeyAsync(jwt.Kid, () => AuthLog.RefreshingMetadata(_logger, jwt.Kid, metadata.Address), cancellationToken);
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

        var result = await Handler.ValidateTokenAsync(token, Parameters(issuer, key.Key));
        if (!result.IsValid)
        {
            return $"the token is not valid ({result.Exception?.GetType().Name ?? "unknown"})";
        }

        return CheckServiceUrl(jwt, activity);
    }

    private TokenValidationParameters Parameters(string issuer, SecurityKey key) => new()
    {
        ValidIssuer = issuer,
        // Only the bare app id: the Bot Connector uses it, and api://{appId} is what user (SSO) tokens carry.
        ValidAudience = _appId,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
    };

    /// <summary>
    /// An Entra token is accepted only as an app-only token of a listed caller: <c>idtyp=app</c>, no delegated
    /// scope (<c>scp</c>: a person's token, such as the dashboard's SSO token), and <c>azp</c> (v2) or
    /// <c>appid</c> (v1) on the list.
    /// </summary>
    private string? CheckCaller(JsonWebToken jwt)
    {
        if (jwt.TryGetPayloadValue<object>("scp", out _))
        {
            return "the token is a user's delegated token (scp)";
        }

        if (!jwt.TryGetPayloadValue<string>("idtyp", out var identityType) || !string.Equals(identityType, "app", StringComparison.Ordinal))
        {
            return "the token is not an app-only token (idtyp)";
        }

        var caller = jwt.TryGetPayloadValue<string>("azp", out var azp) && azp is { Length: > 0 } ? azp
            : jwt.TryGetPayloadValue<string>("appid", out var appid) ? appid : null;
        return caller is { Length: > 0 } && _allowedCallers.Contains(caller) ? null : "the calling app is not an allowed caller";
    }

    /// <summary>The token binds the activity to the connector that sent it; every accepted token must carry the claim.</summary>
    private static string? CheckServiceUrl(JsonWebToken jwt, Activity activity)
    {
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) || string.IsNullOrEmpty(claimed))
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
