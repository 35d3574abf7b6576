using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>A risk to the plan with its assessment and response (风险评估与应对措施).</summary>
public sealed record PlanRisk(string Id, string Description, RiskCategory Category, int Likelihood, int Impact, RiskResponse Response)
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    /// <summary>Likelihood × impact (1–25); the company plan lists the highest first.</summary>
    [JsonIgnore]
    public int Level => Likelihood * Impact;
}
