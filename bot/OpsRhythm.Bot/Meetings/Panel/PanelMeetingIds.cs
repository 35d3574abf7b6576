namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>The meeting chat and Teams meeting ids a panel request is served for, once <see cref="PanelGate"/> let it through.</summary>
internal sealed record PanelMeetingIds(string? Chat, string? Meeting);
