using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The record of one entry of figures (one value or a pasted CSV) in one "{dept}:{year}" partition:
/// it is the aggregate the change is written as, with the figures, alerts and messages beside it.
/// </summary>
internal sealed record FigureImport(string Id, string DepartmentId, FigureKind Kind, int Count, string EnteredBy, DateTimeOffset EnteredAt);
