namespace OpsRhythm.Bench;

/// <summary>What bench/run.sh passes in, and the sizes of a full or a quick run.</summary>
public sealed record BenchSettings(
    string RepositoryRoot,
    string BotAssembly,
    string ReferenceFolder,
    string WorkFolder,
    string ReportPath,
    bool Quick,
    string? CosmosEndpoint,
    string? CosmosCertificate,
    IReadOnlySet<string> Parts)
{
    /// <summary>Each of 429, 503 and 500 is injected on this fraction of the connector's calls in the fan-out.</summary>
    public double FanoutInjection { get; init; } = 0.01;

    /// <summary>Delivery:GlobalPerSecond of the bot in the fan-out; by default the enforced limit itself.</summary>
    public int? FanoutBotLimit { get; init; }

    public IReadOnlyList<double> Rates { get; } = [50, 100, 200];

    public TimeSpan StepDuration => Quick ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(10);

    /// <summary>The first load after start, at 50 rps, measured and reported apart (JIT, first use of the store): also the warm-up of the steps.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(30);

    public int SaturationWorkers => 16;

    public int FanoutMessages => Quick ? 1_000 : 10_000;

    /// <summary>The app-wide limit the fake connector enforces (DeliveryOptions.GlobalPerSecond allows up to 50).</summary>
    public int FanoutGlobalLimit => 50;

    /// <summary>Messages of the several-instances run (--instances-messages; default 10,000, quick 1,000).</summary>
    public int? InstancesMessagesOverride { get; init; }

    public int InstancesMessages => InstancesMessagesOverride ?? (Quick ? 1_000 : 10_000);

    /// <summary>Pending reminders of the backlog run (--backlog-messages; default 100,000, quick 10,000).</summary>
    public int? BacklogMessagesOverride { get; init; }

    public int BacklogMessages => BacklogMessagesOverride ?? (Quick ? 10_000 : 100_000);

    /// <summary>Recipients of the backlog run's announcement, one fan-out document (quick 1,000).</summary>
    public int AnnouncementRecipients => Quick ? 1_000 : 5_000;

    /// <summary>How long the backlog run lets the instance idle before the backlog arrives.</summary>
    public TimeSpan BacklogIdleWindow => Quick ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(60);

    /// <summary>How long the backlog run drains at most (--backlog-drain-seconds); at 50/s, 105,000 take 35 minutes.</summary>
    public TimeSpan BacklogDrainWindow { get; init; } = TimeSpan.FromMinutes(45);

    public bool Runs(string part) => Parts.Count == 0 || Parts.Contains(part);
}
