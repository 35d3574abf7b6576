namespace OpsRhythm.Domain.Organisation;

/// <summary>The input ids of the organisation forms; field errors are keyed by them so they show under the field.</summary>
public static class OrganisationFields
{
    public const string DepartmentId = "deptId";
    public const string DepartmentNameZh = "deptNameZh";
    public const string DepartmentNameEn = "deptNameEn";
    public const string DepartmentHead = "deptHead";
    public const string DepartmentChannel = "deptChannel";
    public const string DepartmentMembers = "deptMembers";

    public const string PersonId = "personId";
    public const string PersonNameZh = "personNameZh";
    public const string PersonNameEn = "personNameEn";
    public const string PersonTeamsId = "personTeamsId";
    public const string PersonDepartment = "personDepartment";
    public const string PersonRoles = "personRoles";

    public const string OpsChannel = "opsChannel";
    public const string AnnouncementChannel = "announcementChannel";
    public const string TimeZone = "timeZone";
    public const string DefaultLanguage = "defaultLanguage";
}
