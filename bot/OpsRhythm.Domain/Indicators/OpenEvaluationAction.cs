namespace OpsRhythm.Domain.Indicators;

/// <summary>Open an improvement action for an indicator whose target was missed; null where the card's value was not valid.</summary>
public sealed record OpenEvaluationAction(string DepartmentId, string? IndicatorId, string? Period, string? Finding, string? OwnerPersonId, DateOnly? Deadline);
