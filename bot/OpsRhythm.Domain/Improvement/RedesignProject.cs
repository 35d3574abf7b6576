namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// A process redesign project run by the ops office, in its own partition ("project:{id}").
/// Steps complete in order; the project is done when implementation is.
/// </summary>
public sealed record RedesignProject(string Id, string ProcessName, IReadOnlyList<RedesignStep> Steps)
{
    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public RedesignStep? CurrentStep => Steps.FirstOrDefault(s => s.CompletedAt is null);

    public bool IsDone => CurrentStep is null;

    public static string PartitionFor(string id) => $"project:{id}";
}
