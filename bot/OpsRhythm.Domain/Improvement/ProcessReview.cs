namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// A process under periodic review: its owner is reminded every <see cref="IntervalMonths"/>
/// months. The principles are assessed per process (<see cref="Principles"/>) when it is recorded
/// and again at each review; completing a review moves <see cref="NextReview"/> one interval on, so the
/// owner is reminded again when that date comes.
/// </summary>
public sealed record ProcessReview(string Id, string ProcessName, string OwnerPersonId, int IntervalMonths, DateOnly NextReview)
{
    public DateOnly? LastRemindedFor { get; init; }

    /// <summary>The four principles as last assessed; empty for a process recorded before they were (a finished redesign's).</summary>
    public IReadOnlyList<PrincipleAssessment> Principles { get; init; } = [];

    public DateOnly? LastReviewedOn { get; init; }

    public string? LastReviewedBy { get; init; }

    public string? ReviewNote { get; init; }

    public const string PartitionKey = "processes";

    /// <summary>The review was done: the next one is one interval later.</summary>
    public ProcessReview Reviewed(DateOnly on) => this with { NextReview = on.AddMonths(IntervalMonths), LastReviewedOn = on };

    /// <summary>Remind once per due date, on or after it.</summary>
    public bool NeedsReminder(DateOnly today) => today >= NextReview && LastRemindedFor != NextReview;
}
