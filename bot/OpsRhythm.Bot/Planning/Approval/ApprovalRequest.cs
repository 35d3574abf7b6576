using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// Sends the approval card to each approver 1:1. The card refreshes for the approvers (their Teams
/// ids, at most 60), so an approver sees the buttons and anyone else the card reaches sees the status.
/// </summary>
public static class ApprovalRequest
{
    public static IReadOnlyList<Person> Approvers(PlanCycle cycle, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(organisation);
        var roles = PlanningRules.Approvers(cycle.Kind);
        return organisation.People.Where(p => (p.Roles & roles) != Role.None && p.TeamsUserId is not null).ToList();
    }

    public static IReadOnlyList<string> RefreshUserIds(PlanCycle cycle, OrganisationProfile organisation) =>
        Approvers(cycle, organisation).Select(p => p.TeamsUserId!).ToList();

    public static void Enqueue(PlanOutbox outbox, PlanCycle cycle, CompanyPlan company, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var refresh = RefreshUserIds(cycle, organisation);
        foreach (var approver in Approvers(cycle, organisation))
        {
            var viewer = PlanActor.From(approver, organisation);
            outbox.ToPerson(approver, text => ApprovalCard.Build(new CompanyPlanView(cycle, cycle.ApprovalVersion, company, organisation) { Viewer = viewer }, refresh, text), "approver");
        }
    }
}
