using Microsoft.Extensions.Options;

namespace OpsRhythm.Protocol.Connector;

/// <summary>Checks at start that each extra allowed host is a bare host name, naming the entry that is not.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.AllowedServiceHosts
            .Where(host => !IsBareHostName(host))
            .Select(host => $"BotConnector:AllowedServiceHosts holds '{host}', which is not a bare host name (like smba.trafficmanager.net: no scheme, port, path or wildcard).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBareHostName(string? host) =>
        !string.IsNullOrWhiteSpace(host)
        && host == host.Trim()
        && Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
}
