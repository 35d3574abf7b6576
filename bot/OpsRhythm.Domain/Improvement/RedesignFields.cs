namespace OpsRhythm.Domain.Improvement;

/// <summary>The input ids of a redesign project's evaluation and start form that the Domain's field errors name.</summary>
public static class RedesignFields
{
    /// <summary>The departments concerned by the redesign, picked when it starts (comma-separated ids).</summary>
    public const string Departments = "departments";

    public const string Feasibility = "evalFeasibility";
    public const string Effectiveness = "evalEffectiveness";
    public const string CostBenefit = "evalCostBenefit";
    public const string Comment = "evalComment";

    /// <summary>The department an evaluation card is for, carried by its button.</summary>
    public const string Department = "dept";

    /// <summary>The step a "complete" button completes, carried by the button: a second click finds another step current.</summary>
    public const string Step = "step";

    /// <summary>The project picked in the project list.</summary>
    public const string Project = "project";

    /// <summary>Where completing the evaluation step says who has not assessed yet.</summary>
    public const string Note = "note";
}
