using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// One department's targets for one period: a row per catalog indicator collected at the period's
/// frequency, with its target if set. <see cref="Version"/> stands for the versions of all of them.
/// </summary>
public sealed record TargetsView(string DepartmentId, Period Period, string Version, IReadOnlyList<TargetRow> Rows)
{
    /// <summary>The head of the department or the ops office: the card carries inputs and the save button.</summary>
    public bool CanEdit { get; init; }

    /// <summary>The departments the viewer may look at, offered to switch.</summary>
    public IReadOnlySet<string> Departments { get; init; } = new HashSet<string>();

    /// <summary>Business targets of the period's approved plan that set no indicator target, with why.</summary>
    public IReadOnlyList<SkippedPlanTarget> NotTaken { get; init; } = [];
}

/// <summary>An indicator and its target (null: none set).</summary>
public sealed record TargetRow(Indicator Indicator, IndicatorTarget? Target);
