namespace OpsRhythm.Domain.Indicators;

/// <summary>R-3.3: the ops office's regular on-site inspection, or an ad-hoc special audit.</summary>
public enum InspectionKind
{
    OnSite,
    SpecialAudit,
}
