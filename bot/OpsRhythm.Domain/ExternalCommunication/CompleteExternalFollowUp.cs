namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>Mark a follow-up done, with what came of it.</summary>
public sealed record CompleteExternalFollowUp(string? Outcome);
