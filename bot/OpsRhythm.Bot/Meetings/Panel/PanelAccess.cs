using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Who sees and does what in the side panel. The weekly meeting exists to discuss every department's
/// problems in front of the heads, who also get the digest in the meeting chat: the ops
/// office, leadership and every department head see all departments' blockers and help requests. Anyone
/// else the organisation knows (an employee in a coordination meeting) sees their own department's, plus
/// the meeting's decisions and action items. Only the operations office records (R-6.2: it runs the meeting).
/// </summary>
internal sealed record PanelAccess(bool WholeCompany, string? OwnDepartmentId, bool MayRecord)
{
    public const Role RecordingRole = Role.OpsOffice;

    public static PanelAccess For(Person viewer, OrganisationProfile organisation)
    {
        var whole = viewer.Has(Role.OpsOffice) || viewer.Has(Role.Leadership) || organisation.DepartmentHeadedBy(viewer.Id) is not null;
        return new PanelAccess(whole, viewer.DepartmentId, viewer.Has(RecordingRole));
    }

    public bool MaySee(string departmentId) => WholeCompany || string.Equals(departmentId, OwnDepartmentId, StringComparison.Ordinal);
}
