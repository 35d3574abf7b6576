namespace OpsRhythm.Domain.Indicators;

/// <summary>The approved plan a target figure comes from: the cycle ("monthly-2027-01"), the department plan's approved revision and its figure.</summary>
public sealed record PlanTargetSource(string CycleId, int Revision, double Value);
