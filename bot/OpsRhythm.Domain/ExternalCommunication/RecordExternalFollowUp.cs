namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>Record a follow-up with a customer or partner; the owner and the date are null when not given or not valid.</summary>
public sealed record RecordExternalFollowUp(
    string DepartmentId, CounterpartKind Kind, string? Counterpart, string? Note, string? OwnerPersonId, DateOnly? Date);
