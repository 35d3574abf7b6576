namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// The activity-feed notification types the code raises. Teams refuses a type the app manifest does
/// not declare (manifest.json, activities.activityTypes), so a test holds these to the manifest.
/// </summary>
public static class ActivityFeedTypes
{
    public const string StatusReminder = "statusReminder";
    public const string MeetingReminder = "meetingReminder";
    public const string RiskAlert = "riskAlert";
}
