namespace OpsRhythm.Cards.Indicators;

/// <summary>The verbs of the inspection plan cards, beside <see cref="IndicatorVerbs.SaveInspection"/>.</summary>
public static class InspectionVerbs
{
    public const string Schedule = "inspection.schedule";

    /// <summary>The plan form, from the list card (view only).</summary>
    public const string PlanForm = "inspection.plan.form";
}
