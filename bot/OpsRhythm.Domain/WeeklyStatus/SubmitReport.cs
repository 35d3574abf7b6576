namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>The report submitted (or edited until the deadline) with what the card holds.</summary>
public sealed record SubmitReport(StatusInput Input) : ReportCommand;
