namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>Move a follow-up to another date (the counterpart asked for later); null when the date typed is not one.</summary>
public sealed record RescheduleExternalFollowUp(DateOnly? Date);
