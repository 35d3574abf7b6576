using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>A judged targets save: refused (role, department or field errors), or the targets to write and remove.</summary>
public sealed record TargetEditResult(Rejection? Rejection, IReadOnlyList<IndicatorTarget> Put, IReadOnlyList<IndicatorTarget> Remove);
