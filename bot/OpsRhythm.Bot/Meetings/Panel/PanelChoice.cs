namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>An option of a panel form's list: the value posted back, its label, and its group (the kind of link: department, task, risk).</summary>
internal sealed record PanelChoice(string Value, string Label, string? Group = null);
