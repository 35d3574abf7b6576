namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// What the side panel reads when it opens: the meeting, this week's agenda, each department's blockers and
/// help requests, and, for the operations office who records, the attendees and what an action item may link to.
/// Every text is in the reader's language and every time on the organisation's clock.
/// </summary>
internal sealed record PanelAgenda(
    string Language,
    string Title,
    string Week,
    string AsOf,
    IReadOnlyList<PanelAgendaItem> Agenda,
    IReadOnlyList<PanelDepartment> Departments,
    bool DepartmentsLimited,
    bool MayRecord)
{
    /// <summary>The owners an action item may have: the meeting's attendees (empty unless <see cref="MayRecord"/>).</summary>
    public IReadOnlyList<PanelChoice> Attendees { get; init; } = [];

    /// <summary>Departments, plan tasks and risks an action item may link to (empty unless <see cref="MayRecord"/>).</summary>
    public IReadOnlyList<PanelChoice> Links { get; init; } = [];

    /// <summary>The action items of last week's weekly meeting the reader may see, with their state now.</summary>
    public IReadOnlyList<PanelActionRow> LastWeek { get; init; } = [];

    /// <summary>The organisation's today, the earliest deadline ("yyyy-MM-dd", for the date input's min).</summary>
    public string Today { get; init; } = "";
}
