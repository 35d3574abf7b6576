using OpsRhythm.Cards.Extension;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Extension;

/// <summary>The view of an item its viewer may not see: the kind, and who may see it (named as every refusal names them).</summary>
internal static class SharedItemViews
{
    private const Role WhoMaySee = Role.OpsOffice | Role.Leadership | Role.DepartmentHead;

    public static SharedItemView Restricted(string kind, SharedItemQuery viewer, IReadOnlyDictionary<string, string> itemRef, string? departmentId)
    {
        var rejection = departmentId is null ? Rejection.RoleNotAllowed(Role.OpsOffice | Role.Leadership) : Rejection.OtherDepartment(departmentId, WhoMaySee);
        return new SharedItemView(kind, string.Empty, itemRef)
        {
            Restricted = Cards.Common.RejectionText.Describe(rejection, viewer.Text, viewer.Organisation),
        };
    }
}
