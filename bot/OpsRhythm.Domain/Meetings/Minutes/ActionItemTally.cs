namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>How a set of action items stands on a day ("上周行动项：完成 3，逾期 1"): closed, overdue (open past the deadline), still open in time.</summary>
public sealed record ActionItemTally(int Done, int Overdue, int Open)
{
    public int Total => Done + Overdue + Open;

    public static ActionItemTally Of(IEnumerable<ActionItem> items, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var done = list.Count(i => i.State == ActionItemState.Closed);
        var overdue = list.Count(i => i.IsOverdue(today));
        return new ActionItemTally(done, overdue, list.Count - done - overdue);
    }
}
