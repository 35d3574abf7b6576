namespace OpsRhythm.Domain.Indicators;

/// <summary>A valid row of a pasted CSV: one figure for one department, indicator and period.</summary>
public sealed record IndicatorCsvRow(int Line, string DepartmentId, Indicator Indicator, Period Period, double Value);

/// <summary>A rejected row: its line number (1-based, as the user sees it) and why.</summary>
public sealed record IndicatorCsvError(int Line, string TextKey, params object[] Arguments);

/// <summary>The outcome of parsing: the good rows and an error per bad row; nothing is saved while any error remains.</summary>
public sealed record IndicatorCsvResult(IReadOnlyList<IndicatorCsvRow> Rows, IReadOnlyList<IndicatorCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}
