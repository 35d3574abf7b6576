using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Outbox dispatcher settings (section "Delivery"). The rate limits are the app's, below Teams' published
/// limits (7 sends / 1 s and 60 / 30 s per conversation, ~30-50 req/s per app and tenant): with several
/// instances each conversation is served by one instance and each instance uses its share of
/// <see cref="GlobalPerSecond"/> (docs/delivery.md, "Several instances").
/// </summary>
internal sealed class DeliveryOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// <summary>Off in a process that must not send (e.g. a maintenance run).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 7)]
    public int PerConversationPerSecond { get; set; } = 5;

    [Range(1, 60)]
    public int PerConversationPer30Seconds { get; set; } = 50;

    [Range(1, 50)]
    public int GlobalPerSecond { get; set; } = 25;

    /// <summary>
    /// The fraction of <see cref="GlobalPerSecond"/> the instances together pace at, evenly spaced: the margin
    /// absorbs the network's jitter between taking a slot and the request reaching Teams, which counts any
    /// 1 s window (docs/delivery.md, "Several instances").
    /// </summary>
    [Range(0.5, 1.0)]
    public double GlobalPaceFraction { get; set; } = 0.94;

    /// <summary>How many conversations are served at once; each conversation is always served by one sender.</summary>
    [Range(1, 64)]
    public int MaxParallelConversations { get; set; } = 4;

    /// <summary>Attempts before a message is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed message is reserved for the instance sending it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The sweep interval when nothing wakes the dispatcher earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// What to do with a message whose previous attempt died between calling the connector and
    /// recording the answer: resend it (at-least-once, a duplicate is possible) or dead-letter it
    /// (at-most-once, a loss is possible). See docs/delivery.md.
    /// </summary>
    public bool ResendUncertain { get; set; } = true;

    /// <summary>How long a conversation that blocked the bot is left alone before one message tries again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan BlockedRecheckAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often an instance writes its heartbeat and re-reads the others' (and so how long a joining instance waits before sending).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An instance whose heartbeat is older than this is taken as dead: its shards and its rate share go to the others.</summary>
    [Range(typeof(TimeSpan), "00:00:00.300", "01:00:00")]
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// This instance's name among the dispatchers (its heartbeat's id). Empty: App Service's WEBSITE_INSTANCE_ID
    /// (the host's, the same after the platform restarts a crashed process there), else one per process. A process
    /// restarted under the same name takes its shards and its share back at once instead of waiting for its
    /// previous heartbeat to lapse. Leases stay per process (<see cref="OutboxDelivery.InstanceId"/>), so two
    /// processes of one name never claim the same message.
    /// </summary>
    [MaxLength(100)]
    [RegularExpression("^[A-Za-z0-9._-]*$")]
    public string? MembershipId { get; set; }

    /// <summary>Pending messages read per query (one partition, one shard): the dispatcher's memory bound.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 200;

    /// <summary>
    /// How often the first live instance looks for pending messages that no marker names (messages of
    /// earlier versions, or a marker lost to a race): the one full sweep left, far apart.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a sent message is kept (its document ttl) for the runbook and for updates of it; dead letters are kept.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HeartbeatTimeout <= HeartbeatInterval)
        {
            // Else a live instance would look dead between two heartbeats and the others would take its share.
            yield return new ValidationResult(
                $"Delivery:HeartbeatTimeout ({HeartbeatTimeout}) must be longer than Delivery:HeartbeatInterval ({HeartbeatInterval}).",
                [nameof(HeartbeatTimeout), nameof(HeartbeatInterval)]);
        }
    }
}
