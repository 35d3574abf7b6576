namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>What the panel polls: the meeting occurrence's decisions and action items as they are recorded, oldest first.</summary>
internal sealed record PanelMinutes(IReadOnlyList<PanelDecisionRow> Decisions, IReadOnlyList<PanelActionRow> Actions)
{
    /// <summary>Whether a decision or an action item with this id is in the minutes.</summary>
    public bool Holds(string id) => Decisions.Any(d => d.Id == id) || Actions.Any(a => a.Id == id);
}
