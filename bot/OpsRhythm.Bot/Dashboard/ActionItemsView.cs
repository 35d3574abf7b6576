namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The meetings' open action items the viewer may see: how many, how many overdue, and the first
/// <see cref="ActionItemSection.Shown"/> (overdue first, then by deadline).
/// </summary>
internal sealed record ActionItemsView(int Open, int Overdue, IReadOnlyList<ActionItemRow> Items)
{
    public static ActionItemsView Empty { get; } = new(0, 0, []);
}

/// <summary>One open action item; <see cref="Meeting"/> names the meeting that recorded it.</summary>
internal sealed record ActionItemRow(string Id, string? DepartmentId, string Department, string Text, string Owner, DateOnly Deadline, bool Overdue, string Meeting, DateOnly MeetingDate)
{
    /// <summary>The deadline as the cards write it (2026年12月7日), set by <see cref="DashboardTimes"/>.</summary>
    public string? DeadlineText { get; init; }

    /// <summary>The meeting's day as the cards write it, set by <see cref="DashboardTimes"/>.</summary>
    public string? MeetingDateText { get; init; }
}
