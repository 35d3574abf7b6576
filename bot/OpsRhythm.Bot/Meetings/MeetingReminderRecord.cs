namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// That the reminder of one occurrence of a meeting was queued (meetings container, the meeting's
/// partition, id "reminder:{start}"). Creating it is sending it: a second run, another instance or a
/// catch-up after a restart finds it and sends nothing.
/// </summary>
internal sealed record MeetingReminderRecord(string MeetingId, DateTimeOffset Start, DateTimeOffset QueuedAt);
