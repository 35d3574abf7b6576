namespace OpsRhythm.Cards.Planning;

/// <summary>The card verbs of planning ("plan.*"), shared by the card builders and the handlers.</summary>
public static class PlanVerbs
{
    public const string Open = "plan.open";
    public const string View = "plan.view";
    public const string Edit = "plan.edit";
    public const string Save = "plan.save";
    public const string Submit = "plan.submit";
    public const string Return = "plan.return";
    public const string Accept = "plan.accept";
    public const string Company = "plan.company";
    public const string Consolidate = "plan.consolidate";
    public const string RequestApproval = "plan.requestApproval";
    public const string Approve = "plan.approve";
    public const string SendBack = "plan.sendBack";

    /// <summary>The refresh of the approval card: each viewer gets the card drawn for them.</summary>
    public const string ApprovalView = "plan.approvalView";
    public const string Publish = "plan.publish";
    public const string Adjust = "plan.adjust";
    public const string Tasks = "plan.tasks";
    public const string UpdateTasks = "plan.updateTasks";
    public const string History = "plan.history";

    /// <summary>Extra data keys.</summary>
    public const string SectionKey = "section";
    public const string PageKey = "page";

    /// <summary>A department plan is addressed as "{cycleId}/{departmentId}".</summary>
    public static string PlanEntityId(string cycleId, string departmentId) => cycleId + "/" + departmentId;

    public static (string CycleId, string DepartmentId)? ParsePlanEntityId(string? entityId)
    {
        var slash = entityId?.LastIndexOf('/') ?? -1;
        return slash > 0 && slash < entityId!.Length - 1 ? (entityId[..slash], entityId[(slash + 1)..]) : null;
    }
}
