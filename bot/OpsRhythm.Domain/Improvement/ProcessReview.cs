namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// A process under periodic review: its owner is reminded every <see cref="IntervalMonths"/>
/// months. The principles are recorded with it as the checklist the review goes through.
/// </summary>
public sealed record ProcessReview(string Id, string ProcessName, string OwnerPersonId, int IntervalMonths, DateOnly NextReview)
{
    public DateOnly? LastRemindedFor { get; init; }

    public const string PartitionKey = "processes";

    /// <summary>The review was done: the next one is one interval later.</summary>
    public ProcessReview Reviewed(DateOnly on) => this with { NextReview = on.AddMonths(IntervalMonths) };

    /// <summary>Remind once per due date, on or after it.</summary>
    public bool NeedsReminder(DateOnly today) => today >= NextReview && LastRemindedFor != NextReview;
}
