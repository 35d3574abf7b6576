namespace OpsRhythm.Domain.Planning;

/// <summary>Response strategies of the policy .</summary>
public enum RiskResponse
{
    Avoid,
    Reduce,
    Transfer,
    Accept,
}
