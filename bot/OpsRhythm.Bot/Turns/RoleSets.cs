using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Turns;

internal static class RoleSets
{
    /// <summary>Commands shown to everyone, including people not (yet) in the organisation.</summary>
    public const Role Everyone = Role.Employee | Role.DepartmentHead | Role.OpsOffice | Role.Leadership | Role.Administrator;
}
