namespace OpsRhythm.Domain.Planning;

/// <summary>Which tasks a plan change gives to someone: a new task, or a task whose owner (责任人) changed.</summary>
public static class TaskAssignments
{
    /// <summary>The tasks of <paramref name="after"/> whose owner did not own them in <paramref name="before"/>, except those <paramref name="assignerId"/> gave themselves.</summary>
    public static IReadOnlyList<PlanTask> NewlyAssigned(PlanContent before, PlanContent after, string assignerId)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var owners = before.Tasks.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().OwnerPersonId, StringComparer.Ordinal);
        return [.. after.Tasks.Where(t => t.OwnerPersonId != assignerId
            && !(owners.TryGetValue(t.Id, out var owner) && owner == t.OwnerPersonId))];
    }
}
