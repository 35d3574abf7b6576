using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Publication;

/// <summary>
/// The personal notices of a publication (下达): every leader gets the company plan and every
/// department head their department's plan, each in their own chat with a planPublished feed item,
/// queued in the same write as the cycle's new state. A head who is also a leader gets the company
/// plan once.
/// </summary>
internal static class PublicationNotices
{
    public static void Queue(PlanOutbox outbox, PlanCycle published, CompanyPlan company, IReadOnlyList<StoredDocument<DepartmentPlan>> plans, OrganisationProfile organisation)
    {
        var feed = PlanFeed.Published(PlanFeed.CompanyPlan(published));
        var leaders = organisation.WithRole(Role.Leadership).ToList();
        foreach (var leader in leaders)
        {
            outbox.ToPerson(leader, text => CompanyPlanCard.Build(new CompanyPlanView(published, string.Empty, company, organisation), text), "leader", feed);
        }

        foreach (var plan in plans)
        {
            if (organisation.HeadOf(plan.Value.DepartmentId) is { } head && !leaders.Any(l => l.Id == head.Id))
            {
                outbox.ToPerson(head, text => DepartmentPlanCard.Build(new DepartmentPlanView(published, plan.Value, plan.ETag, organisation), text), $"head:{plan.Value.DepartmentId}", feed);
            }
        }
    }
}
