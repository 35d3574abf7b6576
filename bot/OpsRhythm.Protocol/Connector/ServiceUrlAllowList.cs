using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The Bot Connector hosts the bot talks to, and so the only places its connector token goes. An activity
/// names its service URL and a signed token vouches for it, but a token accepted by mistake (issue 13) would
/// otherwise send the bot's token, and every later proactive post, wherever the activity pointed.
/// Allowed: HTTPS to a host on <see cref="DefaultHosts"/> or <see cref="ConnectorOptions.AllowedServiceHosts"/>
/// (exact names, no wildcards: anyone can have a name under trafficmanager.net); loopback (HTTP or HTTPS)
/// only in a local run (no MicrosoftAppId) or when listed explicitly, as tests and the bench do.
/// </summary>
public sealed class ServiceUrlAllowList
{
    /// <summary>
    /// Teams' Bot Connector hosts in the public cloud (with its regional paths such as /amer/, /emea/, /apac/, /teams/),
    /// GCC, GCC High, DoD and Teams operated by 21Vianet. docs/security.md gives the sources.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "smba.trafficmanager.net",
        "smba.onyx.prod.teams.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "frontend.botapi.msg.infra.teams.microsoftonline.cn",
    ];

    private readonly HashSet<string> _hosts;
    private readonly bool _loopback;

    public ServiceUrlAllowList(IOptions<ConnectorOptions> connector, IOptions<BotAuthenticationOptions> identity)
        : this(connector?.Value.AllowedServiceHosts ?? [], localRun: !(identity?.Value.IsConfigured ?? false))
    {
    }

    public ServiceUrlAllowList(IEnumerable<string> extraHosts, bool localRun)
    {
        ArgumentNullException.ThrowIfNull(extraHosts);
        _hosts = DefaultHosts.Concat(extraHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim())).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _loopback = localRun;
    }

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri? serviceUrl)
    {
        if (serviceUrl is null || !serviceUrl.IsAbsoluteUri || serviceUrl.UserInfo.Length > 0)
        {
            return false;
        }

        var https = serviceUrl.Scheme == Uri.UriSchemeHttps;
        if (serviceUrl.IsLoopback)
        {
            // The Playground and the tests' fake connectors listen on plain HTTP at loopback addresses.
            return (https || serviceUrl.Scheme == Uri.UriSchemeHttp) && (_loopback || _hosts.Contains(serviceUrl.IdnHost));
        }

        return https && _hosts.Contains(serviceUrl.IdnHost);
    }
}
