using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>One cycle on the plan board with its department plans.</summary>
public sealed record PlanBoardEntry(PlanCycle Cycle, string ETag, IReadOnlyList<DepartmentPlan> Plans);
