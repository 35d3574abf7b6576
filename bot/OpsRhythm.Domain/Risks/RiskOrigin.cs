namespace OpsRhythm.Domain.Risks;

/// <summary>Where a risk written in an approved plan came from: the plan's cycle and the risk's row id in it.</summary>
public sealed record RiskOrigin(string CycleId, string PlanRiskId)
{
    /// <summary>One register entry per plan risk and cycle: an approval told twice, or retried, never registers it again.</summary>
    public string RiskId => $"risk-{CycleId}-{PlanRiskId}";
}
