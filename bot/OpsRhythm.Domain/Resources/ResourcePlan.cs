namespace OpsRhythm.Domain.Resources;

/// <summary>
/// What the approved plans set for one department and month (资源需求, R-4): the monthly plan's figures, else the
/// quarterly plan's budget spread over its three months, else the annual plan's over twelve; the headcount is the
/// plan's as written. A figure the plan leaves at 0 is "not planned" (a plan form's empty field), so nothing is
/// compared against it. <see cref="Source"/> names the cycle it came from ("monthly-2027-01").
/// </summary>
public sealed record ResourcePlan(decimal? Budget, int? Headcount, string Source)
{
    public static ResourcePlan None { get; } = new(null, null, string.Empty);

    public bool BudgetOver(decimal actual) => Budget is { } planned && actual > planned;

    public bool HeadcountOver(int actual) => Headcount is { } planned && actual > planned;
}
