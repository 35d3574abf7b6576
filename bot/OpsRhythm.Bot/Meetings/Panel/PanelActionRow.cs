namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>An action item as the panel lists it: what, the owner's name, the deadline in the reader's date format, what it is linked to, its state.</summary>
internal sealed record PanelActionRow(string Id, string Title, string Owner, string Deadline, string? Link, string State, string StateLabel, bool Overdue);
