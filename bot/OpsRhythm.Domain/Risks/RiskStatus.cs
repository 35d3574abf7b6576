namespace OpsRhythm.Domain.Risks;

public enum RiskStatus
{
    Open,
    Closed,
}
