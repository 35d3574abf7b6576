using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// One department's plan in a cycle (stored as "dept:{departmentId}" in the cycle's partition). Every
/// submit, return, acceptance and adjustment keeps a <see cref="PlanRevision"/>, so the history and
/// the diff of an adjustment can be shown.
/// </summary>
public sealed record DepartmentPlan(string CycleId, string DepartmentId, DepartmentPlanState State)
{
    public static string DocumentIdFor(string departmentId) => "dept:" + departmentId;

    [JsonIgnore]
    public string DocumentId => DocumentIdFor(DepartmentId);

    public PlanContent Content { get; init; } = PlanContent.Empty;

    /// <summary>Incremented on every submit; revision 0 is the unsubmitted first draft.</summary>
    public int Revision { get; init; }

    /// <summary>The revision last approved with the company plan; an adjustment is diffed against it.</summary>
    public int? ApprovedRevision { get; init; }

    public IReadOnlyList<PlanRevision> History { get; init; } = [];

    public IReadOnlyList<PlanAdjustment> Adjustments { get; init; } = [];

    /// <summary>The ops office's comment when it returned the plan (退回意见).</summary>
    public string? ReturnComment { get; init; }

    public string? UpdatedBy { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    [JsonIgnore]
    public PlanAdjustment? OpenAdjustment => Adjustments.Count > 0 && ApprovedRevision is not null
        && Adjustments[^1].FromRevision == ApprovedRevision && State != DepartmentPlanState.Accepted
        ? Adjustments[^1]
        : null;

    /// <summary>
    /// The latest adjustment until it is approved (through the review, the consolidation and the approval),
    /// so every card on the way shows what it changes against the approved version.
    /// </summary>
    [JsonIgnore]
    public PlanAdjustment? UnapprovedAdjustment => Adjustments.Count > 0 && ApprovedRevision is not null
        && Adjustments[^1].FromRevision == ApprovedRevision
        ? Adjustments[^1]
        : null;

    /// <summary>
    /// The content that was approved, for the diff shown while an adjustment is reviewed: the last 批准 row
    /// of the history, never a submission or a returned revision that happens to carry the same number.
    /// </summary>
    [JsonIgnore]
    public PlanContent? ApprovedContent => ApprovedRevision is null
        ? null
        : History.LastOrDefault(r => r.Action == PlanEvents.Approved)?.Content;

    /// <summary>Share of tasks done, weighted by each task's progress (0–100); 0 without tasks.</summary>
    [JsonIgnore]
    public int CompletionPercent => Content.Tasks.Count == 0
        ? 0
        : (int)Math.Round(Content.Tasks.Average(t => t.Status == PlanTaskStatus.Done ? 100 : t.ProgressPercent));
}
