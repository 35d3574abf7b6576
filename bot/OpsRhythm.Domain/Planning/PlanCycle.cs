using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// One planning round for a period: who opened it, the guidelines (annual), the due date for drafts,
/// the departments that must plan, and where the round stands. Stored as "cycle" in its own partition
/// (pk = <see cref="CycleId"/>) with the department plans and the company plan.
/// </summary>
public sealed record PlanCycle(string CycleId, PlanPeriod Period, PlanCycleState State)
{
    public const string DocumentId = "cycle";

    [JsonIgnore]
    public PlanKind Kind => Period.Kind;

    /// <summary>Leadership's overall requirements and guidelines (总体要求和指导方针), annual cycles only.</summary>
    public string? Guidelines { get; init; }

    public DateOnly DueDate { get; init; }

    public IReadOnlyList<string> DepartmentIds { get; init; } = [];

    public string OpenedBy { get; init; } = string.Empty;

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>0 for the original plan, then 1, 2... for each adjustment round .</summary>
    public int Round { get; init; }

    /// <summary>How many times the company draft was put to the approvers; approval cards carry it as their version.</summary>
    public int ApprovalRequests { get; init; }

    /// <summary>The version an approval card is drawn with: it is sent before the write that gives the cycle its new ETag.</summary>
    [JsonIgnore]
    public string ApprovalVersion => "approval-" + ApprovalRequests.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The approvers' last comment (on approval or when sending back).</summary>
    public string? DecisionComment { get; init; }

    public string? DecidedBy { get; init; }

    /// <summary>The approver <see cref="DecidedBy"/> decided for as their delegate; null when the approver decided.</summary>
    public string? DecidedFor { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Who published (the ops office or leadership); not the approver, so a card can name both.</summary>
    public string? PublishedBy { get; init; }

    /// <summary>The id a cycle of this period gets: "monthly-2027-01", "quarterly-2027-Q1", "annual-2027".</summary>
    public static string IdFor(PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{period.Kind.ToString().ToLowerInvariant()}-{period}";
    }
}
