namespace OpsRhythm.Domain.Improvement;

/// <summary>One step of a redesign project: who does it, by when, and when it was done.</summary>
public sealed record RedesignStep(RedesignStepKind Kind, string OwnerPersonId, DateOnly Due)
{
    public DateTimeOffset? CompletedAt { get; init; }

    public string? Note { get; init; }
}
