namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>What the panel polls: the meeting occurrence's decisions and action items as they are recorded, oldest first.</summary>
internal sealed record PanelMinutes(IReadOnlyList<PanelDecisionRow> Decisions, IReadOnlyList<PanelActionRow> Actions);
