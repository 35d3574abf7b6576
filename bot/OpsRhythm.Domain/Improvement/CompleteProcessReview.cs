namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// The periodic review of a process is done: the principles as assessed now, and a note. The review
/// is for the due date <paramref name="ForDue"/> the card was drawn for, so a second click does not move the
/// next review once more.
/// </summary>
public sealed record CompleteProcessReview(DateOnly ForDue, IReadOnlyList<PrincipleAssessment> Principles, string? Note);
