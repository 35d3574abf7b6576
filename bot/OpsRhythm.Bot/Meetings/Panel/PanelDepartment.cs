namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>A department's blockers and help request from this week's status (only departments with one or the other).</summary>
internal sealed record PanelDepartment(string Id, string Name, IReadOnlyList<string> Blockers, string? Help, string? Problems, bool Late);
