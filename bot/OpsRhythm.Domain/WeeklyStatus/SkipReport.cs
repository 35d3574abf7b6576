namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>No report this week, for <paramref name="Reason"/> (required; the Domain says so beside the field).</summary>
public sealed record SkipReport(string? Reason) : ReportCommand;
