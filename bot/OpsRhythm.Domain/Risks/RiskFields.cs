namespace OpsRhythm.Domain.Risks;

/// <summary>The input ids of the risk cards, shared by the validation (errors), the cards (inputs) and the handlers (reads), so each error lands under its field.</summary>
public static class RiskFields
{
    public const string Department = "department";
    public const string Category = "category";
    public const string Description = "description";
    public const string Likelihood = "likelihood";
    public const string Impact = "impact";
    public const string Strategy = "strategy";
    public const string Owner = "owner";
    public const string ActionText = "actionText";
    public const string ActionOwner = "actionOwner";
    public const string Counterparty = "counterparty";
    public const string ReviewDate = "reviewDate";
    public const string Indicator = "indicator";
    public const string Warning = "warning";
    public const string Critical = "critical";

    /// <summary>The next review date the owner picks on the risk card.</summary>
    public const string NextReview = "nextReview";

    /// <summary>The likelihood and impact picked on the risk card to reassess it.</summary>
    public const string NewLikelihood = "newLikelihood";
    public const string NewImpact = "newImpact";

    /// <summary>Why the risk was reassessed.</summary>
    public const string ReassessNote = "reassessNote";

    /// <summary>Why the risk is closed.</summary>
    public const string Note = "note";

    /// <summary>The risk's department, carried by the risk card's buttons (its partition).</summary>
    public const string RiskDepartment = "dept";

    /// <summary>The alert's partition ("{dept}:{year}"), carried by the alert card's button.</summary>
    public const string AlertPartition = "pk";
}
