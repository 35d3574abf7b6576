namespace OpsRhythm.Domain.Planning;

/// <summary>
/// Something the ops office must balance while consolidating (综合平衡和协调): <see cref="Subject"/> is
/// the overloaded person's id or the resource asked for twice; <see cref="Count"/> the tasks or requests.
/// </summary>
public sealed record PlanConflict(ConflictKind Kind, string Subject, IReadOnlyList<string> DepartmentIds, int Count);
