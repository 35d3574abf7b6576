namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>A decision as the panel lists it: who recorded it and when, on the organisation's clock.</summary>
internal sealed record PanelDecisionRow(string Id, string Text, string RecordedBy, string RecordedAt);
