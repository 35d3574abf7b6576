namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// A process redesign project run by the ops office. Projects share one partition
/// (<see cref="PartitionKey"/>) so they can be listed; one started earlier lives in its own ("project:{id}").
/// Steps complete in order; the project is done when implementation is. The departments concerned assess the
/// solution during the evaluation step.
/// </summary>
public sealed record RedesignProject(string Id, string ProcessName, IReadOnlyList<RedesignStep> Steps)
{
    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The departments concerned, who assess the solution in the evaluation step.</summary>
    public IReadOnlyList<string> DepartmentIds { get; init; } = [];

    public IReadOnlyList<DepartmentEvaluation> Evaluations { get; init; } = [];

    public const string PartitionKey = "projects";

    public RedesignStep? CurrentStep => Steps.FirstOrDefault(s => s.CompletedAt is null);

    public bool IsDone => CurrentStep is null;

    /// <summary>The partition of a project started before projects shared <see cref="PartitionKey"/>.</summary>
    public static string PartitionFor(string id) => $"project:{id}";
}
