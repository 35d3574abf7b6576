namespace OpsRhythm.Domain.Improvement;

/// <summary>The current step is done, with an optional note of what came of it.</summary>
public sealed record CompleteRedesignStep(string? Note)
{
    /// <summary>The step the card's button completes; once another step is current the click is out of date.</summary>
    public RedesignStepKind? Step { get; init; }
}
