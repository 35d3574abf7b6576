namespace OpsRhythm.Domain.Risks;

/// <summary>The risk's manager has seen an early-warning alert, at <paramref name="At"/>.</summary>
public sealed record AcknowledgeAlert(DateTimeOffset At);
