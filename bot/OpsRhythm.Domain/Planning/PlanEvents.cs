namespace OpsRhythm.Domain.Planning;

/// <summary>The workflow events of planning; each becomes an audit action "plan.{event}".</summary>
public static class PlanEvents
{
    public const string Opened = "opened";
    public const string Drafted = "drafted";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Accepted = "accepted";
    public const string Consolidated = "consolidated";
    public const string ApprovalRequested = "approvalRequested";
    public const string Approved = "approved";
    public const string SentBack = "sentBack";
    public const string Published = "published";
    public const string AdjustmentRequested = "adjustmentRequested";
    public const string AdjustmentOpened = "adjustmentOpened";
    public const string TaskUpdated = "taskUpdated";
}
