using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// Sends the approval card to each approver 1:1. The card refreshes for the approvers (their Teams
/// ids, at most 60), so an approver sees the buttons and anyone else the card reaches sees the status.
/// Once decided, the card already in each approver's chat is replaced by the decided one, so nobody
/// has to click to learn that it is settled.
/// </summary>
internal static class ApprovalRequest
{
    private const string Sent = "approver";
    private const string Decided = "approver-decided";

    /// <summary>The key prefix of the approval request's messages: one per request (round and approval version).</summary>
    public static string KeyPrefix(PlanCycle requested)
    {
        return $"{requested.CycleId}:r{requested.Round}:{requested.ApprovalVersion}:{PlanEvents.ApprovalRequested}";
    }

    public static IReadOnlyList<Person> Approvers(PlanCycle cycle, OrganisationProfile organisation)
    {
        var roles = PlanningRules.Approvers(cycle.Kind);
        return organisation.People.Where(p => (p.Roles & roles) != Role.None && p.TeamsUserId is not null).ToList();
    }

    public static IReadOnlyList<string> RefreshUserIds(PlanCycle cycle, OrganisationProfile organisation) =>
        Approvers(cycle, organisation).Select(p => p.TeamsUserId!).ToList();

    public static void Enqueue(PlanOutbox outbox, PlanCycle cycle, CompanyPlan company, OrganisationProfile organisation, string requesterId)
    {
        var refresh = RefreshUserIds(cycle, organisation);
        foreach (var approver in Approvers(cycle, organisation))
        {
            var viewer = PlanActor.From(approver, organisation);
            outbox.ToPerson(approver, text => ApprovalCard.Build(new CompanyPlanView(cycle, cycle.ApprovalVersion, company, organisation) { Viewer = viewer }, refresh, text), Sent, PlanFeed.ApprovalRequested(organisation, requesterId, PlanFeed.CompanyPlan(cycle)));
        }
    }

    /// <summary>Replaces the approval card sent for <paramref name="requested"/> in each approver's chat by the card of the decided cycle.</summary>
    public static void EnqueueDecided(PlanOutbox outbox, PlanCycle requested, PlanCycle decided, CompanyPlan company, OrganisationProfile organisation)
    {
        var refresh = RefreshUserIds(decided, organisation);
        foreach (var approver in Approvers(decided, organisation))
        {
            var viewer = PlanActor.From(approver, organisation);
            outbox.UpdateForPerson(approver, KeyPrefix(requested), Sent, text => ApprovalCard.Build(new CompanyPlanView(decided, decided.ApprovalVersion, company, organisation) { Viewer = viewer }, refresh, text), Decided);
        }
    }
}
