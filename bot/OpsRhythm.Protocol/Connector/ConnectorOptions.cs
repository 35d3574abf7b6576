using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Protocol.Connector;

/// <summary>Retry policy and allowed hosts of Bot Connector calls, bound from the "BotConnector" section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>Retries after the first attempt for 429, 412, 502, 503, 504 and connection failures.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; it doubles with each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest Retry-After honoured in-process. A longer one (the hourly per-conversation limit) is not
    /// waited out here: the call fails with <see cref="ConnectorException.RetryAfter"/> so the caller can reschedule.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Host names added to <see cref="ServiceUrlAllowList.DefaultHosts"/> (exact names, no scheme, port, path or
    /// wildcard), e.g. a new Teams connector host; a loopback name here lets tests and the bench use a local
    /// connector with an app id. Checked at start.
    /// </summary>
    public IList<string> AllowedServiceHosts { get; } = [];
}
