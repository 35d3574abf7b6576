namespace OpsRhythm.Domain.Indicators;

/// <summary>The input ids the inspection plan card adds to <see cref="IndicatorFields"/> (department, kind, date; the inspector is <see cref="IndicatorFields.Owner"/>).</summary>
public static class InspectionScheduleFields
{
    /// <summary>Every how many months the inspection repeats (0 = once).</summary>
    public const string Repeat = "repeat";
}
