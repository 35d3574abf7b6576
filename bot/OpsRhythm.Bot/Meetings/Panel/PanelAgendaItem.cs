namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>One agenda point: its kind (Blocker, HelpRequest, Overdue, RecurringProblem) with its label, the department, what and, where it applies, the department asked for help or the due date.</summary>
internal sealed record PanelAgendaItem(string Kind, string KindLabel, string DepartmentId, string Department, string Subject, string? Detail);
