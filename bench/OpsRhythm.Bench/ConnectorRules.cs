namespace OpsRhythm.Bench;

/// <summary>
/// What the fake connector enforces and injects. Per conversation it applies Teams' published limits
/// (7 / 1 s, 8 / 2 s, 60 / 30 s); <see cref="GlobalPerSecond"/> is the app-wide limit, scaled down for the run.
/// Injected failures are answered before the activity is accepted, so a retry never doubles a message.
/// </summary>
public sealed record ConnectorRules(int? GlobalPerSecond, bool PerConversationLimits, double Inject429, double Inject503, double Inject500)
{
    /// <summary>Turn benchmarks: accept everything.</summary>
    public static ConnectorRules AcceptAll { get; } = new(null, false, 0, 0, 0);
}
