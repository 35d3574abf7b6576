namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Everything one dashboard page shows, already in the reader's language: the JSON the tab renders and
/// the rows the CSV export writes. Numbers stay numbers; labels come from the resx texts.
/// </summary>
internal sealed record DashboardView(
    ViewerInfo Viewer,
    string Locale,
    string Period,
    string? Department,
    IReadOnlyList<FilterChoice> Periods,
    IReadOnlyList<FilterChoice> Departments,
    PlanStatusView Plans,
    IReadOnlyList<TaskRow> Tasks,
    WeekView Week,
    IReadOnlyList<IndicatorTrend> Indicators,
    RiskView Risks,
    IReadOnlyList<MeetingRow> Meetings)
{
    /// <summary>Budget and headcount against plan for the month shown, one row per department in detail.</summary>
    public IReadOnlyList<ResourceRow> Resources { get; init; } = [];

    /// <summary>The meetings' open action items the viewer may see (docs/dashboard.md).</summary>
    public ActionItemsView ActionItems { get; init; } = ActionItemsView.Empty;
}

internal sealed record ViewerInfo(string PersonId, string Name, string Scope, bool SignedInLocally);

internal sealed record FilterChoice(string Value, string Label);

internal sealed record PlanStatusView(string? CycleId, string? CycleState, IReadOnlyList<DepartmentPlanRow> Departments);

internal sealed record DepartmentPlanRow(string DepartmentId, string Department, string State, string StateLabel, int Completion, int Tasks, int Done, int Blocked)
{
    /// <summary>Past the cycle's due date and not submitted (its <see cref="StateLabel"/> then says 逾期 / overdue).</summary>
    public bool Overdue { get; init; }
}

internal sealed record TaskRow(string DepartmentId, string Department, string Title, string Owner, DateOnly Due, string Status, string StatusLabel, int Progress, bool Milestone)
{
    /// <summary>The due date as the cards write it (2026年12月7日), set by <see cref="DashboardTimes"/>.</summary>
    public string? DueText { get; init; }
}

internal sealed record WeekView(string Week, string Title, IReadOnlyList<WeekRow> Departments);

/// <summary>A department's weekly status; <see cref="Blockers"/> and <see cref="Problems"/> only for departments the viewer sees in detail.</summary>
internal sealed record WeekRow(string DepartmentId, string Department, string State, string StateLabel, bool Late, bool HasBlocker, IReadOnlyList<string> Blockers, string? Problems, string? HelpNeeded);

internal sealed record IndicatorTrend(string DepartmentId, string Department, string IndicatorId, string Name, string Unit, IReadOnlyList<TrendPoint> Points);

internal sealed record TrendPoint(string Period, double? Actual, double? Target, double? LastYear);

internal sealed record RiskView(IReadOnlyList<HeatCell> HeatMap, IReadOnlyList<RiskRow> Open, IReadOnlyList<AlertRow> Alerts);

internal sealed record HeatCell(int Likelihood, int Impact, int Count, string Level, string LevelLabel);

internal sealed record RiskRow(string Id, string DepartmentId, string Department, string Description, int Likelihood, int Impact, int Score, string Level, string LevelLabel, string Owner);

internal sealed record AlertRow(string Id, string DepartmentId, string Department, string Indicator, string Period, string Level, double Value, double Threshold, DateTimeOffset RaisedAt)
{
    /// <summary>When it was raised on the organisation's clock, as the cards write it, set by <see cref="DashboardTimes"/>.</summary>
    public string? RaisedAtText { get; init; }
}

/// <summary>A meeting's occurrence, its times in the organisation's zone; <see cref="JoinUrl"/> is null when no Teams meeting was created (local runs).</summary>
internal sealed record MeetingRow(string Id, string Subject, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl)
{
    /// <summary>Start–end on the organisation's clock, as the cards write it, set by <see cref="DashboardTimes"/>.</summary>
    public string? WhenText { get; init; }
}

/// <summary>A department's resources for the month: null where the plan sets no figure or nothing was entered.</summary>
internal sealed record ResourceRow(
    string DepartmentId, string Department, string Period, decimal? PlannedBudget, decimal? ActualBudget, int? PlannedHeadcount, int? ActualHeadcount, bool OverBudget, bool OverHeadcount);
