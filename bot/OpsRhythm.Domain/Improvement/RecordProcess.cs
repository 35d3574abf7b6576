namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// The ops office records a process: its owner, how often it is reviewed and the four principles assessed.
/// Values that could not be read are null; the Domain says what is missing.
/// </summary>
public sealed record RecordProcess(string? ProcessName, string? OwnerPersonId, int? IntervalMonths, IReadOnlyList<PrincipleAssessment> Principles);
