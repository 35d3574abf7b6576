using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// One section of a plan in edit mode. <see cref="Typed"/> holds what the person typed when a save was
/// refused, so the card comes back with their values and the errors beside them.
/// </summary>
public sealed record PlanSectionView(PlanCycle Cycle, DepartmentPlan Plan, string ETag, OrganisationProfile Organisation, PlanSection Section)
{
    /// <summary>Task and risk rows per page; each save covers one page, so the card stays small.</summary>
    public const int PageSize = 8;

    /// <summary>Empty rows offered for new entries.</summary>
    public const int BlankRows = 2;

    public int Page { get; init; }

    public Rejection? Rejection { get; init; }

    public IReadOnlyDictionary<string, string>? Typed { get; init; }

    public string EntityId => PlanVerbs.PlanEntityId(Cycle.CycleId, Plan.DepartmentId);

    public int RowCount => Section switch
    {
        PlanSection.Targets => Plan.Content.Targets.Count,
        PlanSection.Tasks => Plan.Content.Tasks.Count,
        PlanSection.Risks => Plan.Content.Risks.Count,
        _ => 0,
    };

    public bool IsPaged => Section is PlanSection.Tasks or PlanSection.Risks;

    public int PageCount => IsPaged ? Math.Max(1, (RowCount + PageSize - 1) / PageSize) : 1;

    /// <summary>The row numbers this card shows: existing rows of the page, then blank ones numbered after all existing rows.</summary>
    public IReadOnlyList<int> Rows => IsPaged
        ? [.. Enumerable.Range(Page * PageSize, Math.Clamp(RowCount - (Page * PageSize), 0, PageSize)), .. Enumerable.Range(RowCount, BlankRows)]
        : [.. Enumerable.Range(0, RowCount + BlankRows)];

    public string? TypedValue(string id) => Typed is not null && Typed.TryGetValue(id, out var value) ? value : null;
}
