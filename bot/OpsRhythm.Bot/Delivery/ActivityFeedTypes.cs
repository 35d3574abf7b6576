namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// The activity-feed notification types the code raises, each with the placeholders of its
/// templateText. Teams refuses a type the app manifest does not declare (manifest.json,
/// activities.activityTypes) and renders a template whose parameters do not match it broken, so a
/// test holds these to the manifest and its zh-cn localization.
/// </summary>
internal static class ActivityFeedTypes
{
    public const string ApprovalRequested = "approvalRequested";
    public const string PlanReturned = "planReturned";
    public const string PlanApproved = "planApproved";
    public const string StatusReminder = "statusReminder";
    public const string MeetingReminder = "meetingReminder";
    public const string RiskAlert = "riskAlert";
    public const string PlanPublished = "planPublished";
    public const string ActionDue = "actionDue";
    public const string SuggestionReviewed = "suggestionReviewed";
    public const string ActionItemDue = "actionItemDue";

    /// <summary>Per type, the names of its template parameters (the {placeholders} of its templateText).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ApprovalRequested] = ["actor", "planName"],
        [PlanReturned] = ["planName", "reason"],
        [PlanApproved] = ["planName"],
        [StatusReminder] = ["week", "due"],
        [MeetingReminder] = ["meetingName", "start"],
        [RiskAlert] = ["department", "subject"],
        [PlanPublished] = ["planName"],
        [ActionDue] = ["due", "subject"],
        [SuggestionReviewed] = ["outcome"],
        [ActionItemDue] = ["due", "subject"],
    };
}
