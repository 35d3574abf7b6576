namespace OpsRhythm.Domain.Planning;

/// <summary>The three plan cycles of the policy (年度 / 季度 / 月度运营计划).</summary>
public enum PlanKind
{
    Annual,
    Quarterly,
    Monthly,
}
