using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// The activity-feed items of planning's person messages, their values in the recipient's language
/// (the manifest's templateText, localized by Teams, wraps them).
/// </summary>
internal static class PlanFeed
{
    /// <summary>"{actor} asked you to review {planName}": a department plan or adjustment for the ops office, a company plan for the approvers.</summary>
    public static Func<Localizer, ActivityFeedItem> ApprovalRequested(OrganisationProfile organisation, string actorId, Func<Localizer, string> planName) =>
        text => ActivityFeedItem.Create(ActivityFeedTypes.ApprovalRequested, ("actor", PlanNames.Person(organisation, actorId, text)), ("planName", planName(text)));

    /// <summary>"{planName} was returned to you: {reason}".</summary>
    public static Func<Localizer, ActivityFeedItem> Returned(Func<Localizer, string> planName, string? reason) =>
        text => ActivityFeedItem.Create(ActivityFeedTypes.PlanReturned, ("planName", planName(text)), ("reason", string.IsNullOrWhiteSpace(reason) ? "—" : reason));

    /// <summary>"{planName} was approved".</summary>
    public static Func<Localizer, ActivityFeedItem> Approved(Func<Localizer, string> planName) =>
        text => ActivityFeedItem.Create(ActivityFeedTypes.PlanApproved, ("planName", planName(text)));

    /// <summary>"{planName} was published": the company plan, to every department head and leader.</summary>
    public static Func<Localizer, ActivityFeedItem> Published(Func<Localizer, string> planName) =>
        text => ActivityFeedItem.Create(ActivityFeedTypes.PlanPublished, ("planName", planName(text)));

    /// <summary>A department's plan of a cycle, e.g. "销售部 · 2026年12月 月度计划".</summary>
    public static Func<Localizer, string> DepartmentPlan(OrganisationProfile organisation, string departmentId, PlanCycle cycle) =>
        text => $"{PlanNames.Department(organisation, departmentId, text)} · {PlanNames.Cycle(cycle, text)}";

    /// <summary>The company plan of a cycle, e.g. "2026年12月 月度计划".</summary>
    public static Func<Localizer, string> CompanyPlan(PlanCycle cycle) => text => PlanNames.Cycle(cycle, text);
}
