namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>
/// A follow-up with a customer or partner (对外沟通跟进, R-6.4): who in the company owns it, with whom, by
/// when and what about. Stored in the communication container, partitioned by department, so a
/// department's list is one partition and each change one batch.
/// </summary>
public sealed record ExternalFollowUp(
    string Id, string DepartmentId, CounterpartKind Kind, string Counterpart, string Note, string OwnerPersonId, DateOnly Date)
{
    public ExternalFollowUpState State { get; init; } = ExternalFollowUpState.Open;

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The date whose advance reminder went out; a rescheduled follow-up is reminded again for its new date.</summary>
    public DateOnly? RemindedBeforeFor { get; init; }

    /// <summary>The date whose "due today" reminder went out.</summary>
    public DateOnly? RemindedOnFor { get; init; }

    /// <summary>What came of it, written when done.</summary>
    public string? Outcome { get; init; }

    public string? DoneBy { get; init; }

    public DateTimeOffset? DoneAt { get; init; }
}
