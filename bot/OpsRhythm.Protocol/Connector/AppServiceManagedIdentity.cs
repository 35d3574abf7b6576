using System.Globalization;
using System.Net;
using System.Text.Json;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The bot's user-assigned managed identity on App Service: a token from the platform's local identity
/// endpoint (<c>IDENTITY_ENDPOINT</c>, protected by <c>IDENTITY_HEADER</c>, protocol version 2019-08-01).
/// Why not Azure.Identity's ManagedIdentityCredential here: it brings MSAL and its dependencies into every
/// process for one GET on App Service (about 14 MiB of resident memory at idle with JWT validation, see
/// docs/performance.md); it stays the choice everywhere else (<see cref="BotCredentialFactory"/>).
/// The endpoint is the platform's own (loopback) address; the token goes nowhere but the caller.
/// </summary>
public sealed class AppServiceManagedIdentity : IAccessTokenSource
{
    public const string EndpointVariable = "IDENTITY_ENDPOINT";
    public const string HeaderVariable = "IDENTITY_HEADER";
    private const string ApiVersion = "2019-08-01";
    private const string DefaultScopeSuffix = "/.default";
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    private readonly Uri _endpoint;
    private readonly string _header;
    private readonly string _clientId;
    private readonly HttpClient _client;

    public AppServiceManagedIdentity(Uri endpoint, string header, string clientId, HttpClient? client = null)
    {
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _header = header;
        _clientId = clientId;
        _client = client ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The credential when the process runs where App Service sets both variables; null elsewhere.</summary>
    public static AppServiceManagedIdentity? FromEnvironment(string clientId) =>
        Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } endpoint
        && Environment.GetEnvironmentVariable(HeaderVariable) is { Length: > 0 } header
        && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            ? new AppServiceManagedIdentity(uri, header, clientId)
            : null;

    public async ValueTask<IssuedToken> GetTokenAsync(string scope, CancellationToken cancellationToken)
    {
        var resource = ResourceOf(scope);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RequestUri(resource));
            request.Headers.Add("X-IDENTITY-HEADER", _header);
            try
            {
                using var response = await _client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return Parse(body);
                }

                if (!Transient(response.StatusCode) || attempt == Backoff.Length)
                {
                    // The body names the problem (unknown client id, no identity assigned); it holds no secret.
                    throw new InvalidOperationException(
                        $"The App Service identity endpoint answered {(int)response.StatusCode} for client id {_clientId} and resource {resource}: {Shorten(body)}");
                }
            }
            catch (HttpRequestException) when (attempt < Backoff.Length)
            {
            }

            await Task.Delay(Backoff[attempt], cancellationToken);
        }
    }

    /// <summary>"https://api.botframework.com/.default" → "https://api.botframework.com": the endpoint takes a resource, not scopes.</summary>
    internal static string ResourceOf(string scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        return scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope[..^DefaultScopeSuffix.Length] : scope;
    }

    internal static IssuedToken Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var token = root.GetProperty("access_token").GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("The App Service identity endpoint answered no access_token.");
        // expires_on is seconds since the epoch, as a string on App Service (a number on some hosts).
        var expiresOn = root.GetProperty("expires_on") is { ValueKind: JsonValueKind.Number } number
            ? number.GetInt64()
            : long.Parse(root.GetProperty("expires_on").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture);
        return new IssuedToken(token, DateTimeOffset.FromUnixTimeSeconds(expiresOn));
    }

    private Uri RequestUri(string resource) => new UriBuilder(_endpoint)
    {
        Query = string.Create(CultureInfo.InvariantCulture, $"api-version={ApiVersion}&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(_clientId)}"),
    }.Uri;

    private static bool Transient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300];
}
