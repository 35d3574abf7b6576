namespace OpsRhythm.Domain.Planning;

/// <summary>What a department plans: targets, tasks, measures, resource needs and risks. Snapshotted per revision.</summary>
public sealed record PlanContent
{
    public static PlanContent Empty { get; } = new();

    public IReadOnlyList<PlanTarget> Targets { get; init; } = [];

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    /// <summary>Measures (措施) to reach the targets, free text.</summary>
    public string Measures { get; init; } = string.Empty;

    public ResourceNeeds Resources { get; init; } = ResourceNeeds.None;

    public IReadOnlyList<PlanRisk> Risks { get; init; } = [];
}
