using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Common;

/// <summary>Turns a workflow rejection into the sentence the user reads, naming who may act instead.</summary>
public static class RejectionText
{
    public static string Describe(Rejection rejection, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(text);
        return rejection.Reason == RejectionReason.RoleNotAllowed
            ? text.Format("Common.Rejection.RoleNotAllowed", RoleNames(rejection.AllowedRoles, text))
            : text[$"Common.Rejection.{rejection.Reason}"];
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
