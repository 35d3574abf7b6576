using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Common;

/// <summary>Turns a workflow rejection into the sentence the user reads, naming who may act instead.</summary>
public static class RejectionText
{
    /// <summary>
    /// The refusal in the reader's language. With <paramref name="organisation"/>, a refusal on another
    /// department's item names that department and its head by name ("可执行者：销售部负责人李强"),
    /// not the bare role a head of another department also holds.
    /// </summary>
    public static string Describe(Rejection rejection, Localizer text, OrganisationProfile? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(text);
        // Someone else's own item (a plan task) is refused like another department's: naming its head and its owner.
        if ((rejection.Reason == RejectionReason.NotYourDepartment || (rejection.Reason == RejectionReason.RoleNotAllowed && rejection.OwnerId is not null))
            && rejection.DepartmentId is { } departmentId
            && rejection.AllowedRoles != Role.None && organisation?.FindDepartment(departmentId) is { } department)
        {
            return text.Format("Common.Rejection.OtherDepartment", department.Name.For(text.Culture), ActorNames(rejection.AllowedRoles, department, organisation, text) + StandIns(rejection, organisation, text) + Owner(rejection, organisation, text));
        }

        return rejection.Reason == RejectionReason.RoleNotAllowed
            ? text.Format("Common.Rejection.RoleNotAllowed", RoleNames(rejection.AllowedRoles, text) + StandIns(rejection, organisation, text))
            : text[$"Common.Rejection.{rejection.Reason}"];
    }

    /// <summary>"（代理人：张伟）" after who may act, when a stand-in may act for them today.</summary>
    private static string StandIns(Rejection rejection, OrganisationProfile? organisation, Localizer text)
    {
        if (rejection.StandInIds.Count == 0)
        {
            return string.Empty;
        }

        var names = rejection.StandInIds.Select(id => organisation?.FindPerson(id)?.Name.For(text.Culture) ?? id);
        return text.Format("Common.Rejection.StandIns", string.Join(text.IsEnglish ? ", " : "、", names));
    }

    /// <summary>"、责任人孙浩" after who may act, when the item is someone's own (a plan task).</summary>
    private static string Owner(Rejection rejection, OrganisationProfile organisation, Localizer text) =>
        rejection.OwnerId is { } id
            ? text.Format("Common.Rejection.Owner", organisation.FindPerson(id)?.Name.For(text.Culture) ?? id)
            : string.Empty;

    /// <summary>The roles, with "department head" replaced by that department's head by name (销售部负责人王敏).</summary>
    private static string ActorNames(Role roles, Department department, OrganisationProfile organisation, Localizer text)
    {
        var departmentName = department.Name.For(text.Culture);
        var head = department.HeadPersonId is { } headId && organisation.FindPerson(headId) is { } person
            ? text.Format("Common.Rejection.HeadOf", departmentName, person.Name.For(text.Culture))
            : text.Format("Common.Rejection.HeadOfUnnamed", departmentName);
        var names = Enum.GetValues<Role>()
            .Where(r => r != Role.None && roles.HasFlag(r))
            .Select(r => r == Role.DepartmentHead ? head : text[$"Common.Role.{r}"]);
        return string.Join(text.IsEnglish ? ", " : "、", names);
    }

    /// <summary>"Operations office, Leadership" / "运营管理部、公司高层".</summary>
    public static string RoleNames(Role roles, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = Enum.GetValues<Role>()
            .Where(r => r != Role.None && roles.HasFlag(r))
            .Select(r => text[$"Common.Role.{r}"]);
        return string.Join(text.IsEnglish ? ", " : "、", names);
    }
}
