using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>Who may read and act on an action item, as its card is drawn for them.</summary>
internal static class ActionItemViews
{
    /// <summary>The owner, the operations office and whoever sees the item's department in detail (leadership, its head).</summary>
    public static Rejection? MayRead(ActionItem item, Person reader, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Id == item.OwnerPersonId || reader.Has(Role.OpsOffice))
        {
            return null;
        }

        var scope = DepartmentScope.For(reader, organisation);
        return scope.WholeCompany || (item.DepartmentId is { } d && scope.MaySee(d))
            ? null
            : item.DepartmentId is { } department ? Rejection.OtherDepartment(department, Role.OpsOffice) : Rejection.RoleNotAllowed(Role.OpsOffice);
    }

    public static ActionItemView For(ActionItem item, Person reader, string? notice = null, Rejection? rejection = null) => new()
    {
        MayClose = ActionItemMachine.MayClose(item, reader) is null,
        MayManage = ActionItemMachine.MayRecord(reader) is null,
        Notice = notice,
        Rejection = rejection,
    };
}
