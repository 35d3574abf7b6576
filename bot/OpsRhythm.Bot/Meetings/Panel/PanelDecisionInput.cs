namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>The decision form as the page posts it (JSON).</summary>
internal sealed record PanelDecisionInput(string? Text);
