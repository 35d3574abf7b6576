namespace OpsRhythm.Domain.Risks;

/// <summary>What a person typed into the risk card (or chat), every field as text until validated.</summary>
public sealed record RiskDraft
{
    public string? DepartmentId { get; init; }
    public string? Category { get; init; }
    public string? Description { get; init; }
    public string? Likelihood { get; init; }
    public string? Impact { get; init; }
    public string? Strategy { get; init; }
    public string? OwnerPersonId { get; init; }
    public string? ActionText { get; init; }
    public string? ActionOwnerPersonId { get; init; }
    public string? Counterparty { get; init; }
    public string? ReviewDate { get; init; }
    public string? IndicatorId { get; init; }
    public string? WarningThreshold { get; init; }
    public string? CriticalThreshold { get; init; }
}
