using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>Reads the organisation forms' inputs (all strings, empty when left blank) into edits.</summary>
internal static class OrganisationFormReader
{
    public static DepartmentEdit Department(CardActionRequest request)
    {
        return new DepartmentEdit(
            Text(request, F.DepartmentId) ?? string.Empty,
            Text(request, F.DepartmentNameZh) ?? string.Empty,
            Text(request, F.DepartmentNameEn) ?? string.Empty,
            Text(request, F.DepartmentHead),
            Text(request, F.DepartmentChannel),
            IsNew(request))
        {
            MemberIds = request.Value(F.DepartmentMembers) is { } members
                ? [.. members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)]
                : null,
        };
    }

    public static PersonEdit Person(CardActionRequest request)
    {
        return new PersonEdit(
            Text(request, F.PersonId) ?? string.Empty,
            Text(request, F.PersonNameZh) ?? string.Empty,
            Text(request, F.PersonNameEn) ?? string.Empty,
            Text(request, F.PersonTeamsId),
            Text(request, F.PersonDepartment),
            Roles(Text(request, F.PersonRoles)),
            IsNew(request));
    }

    public static SettingsEdit Settings(CardActionRequest request)
    {
        return new SettingsEdit(Text(request, F.OpsChannel), Text(request, F.AnnouncementChannel), Text(request, F.TimeZone) ?? string.Empty, Text(request, F.DefaultLanguage));
    }

    /// <summary>A multi-select choice set sends "Employee,DepartmentHead"; unknown names are ignored.</summary>
    public static Role Roles(string? value) =>
        (value ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : Role.None)
            .Aggregate(Role.None, (all, role) => all | role);

    private static bool IsNew(CardActionRequest request) => request.Value(OrganisationVerbs.ModeKey) != OrganisationVerbs.EditMode;

    private static string? Text(CardActionRequest request, string key) => request.Value(key)?.Trim() is { Length: > 0 } value ? value : null;
}
