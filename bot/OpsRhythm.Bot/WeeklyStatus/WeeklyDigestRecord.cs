namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>That the digest of a week was posted for one occurrence (status container, id "digest:{occurrence}"), so a rerun does not post it twice.</summary>
internal sealed record WeeklyDigestRecord(string Week, DateTimeOffset Occurrence, DateTimeOffset PostedAt);
