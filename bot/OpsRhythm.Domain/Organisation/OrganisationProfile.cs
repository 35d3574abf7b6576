using OpsRhythm.Domain.Organisation.StandIns;

namespace OpsRhythm.Domain.Organisation;

/// <summary>
/// The whole organisation as the bot needs it on every turn: departments, people, the ops office's
/// channel, the company announcement channel and the time zone cycles and meetings are scheduled in.
/// </summary>
public sealed record OrganisationProfile
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public required LocalizedText CompanyName { get; init; }
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<Person> People { get; init; } = [];
    public string? TeamId { get; init; }

    /// <summary>The team's name, as Teams gave it when the team's members and channels were last imported.</summary>
    public string? TeamName { get; init; }

    /// <summary>The team's channels as last imported; empty when the organisation was written by hand (the sample).</summary>
    public IReadOnlyList<TeamChannel> Channels { get; init; } = [];
    public string? OpsChannelId { get; init; }
    public string? AnnouncementChannelId { get; init; }
    public string TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>Department deputies and approval delegates with their date ranges; <see cref="StandInRules"/> reads them.</summary>
    public IReadOnlyList<StandIn> StandIns { get; init; } = [];

    public const string DefaultLanguageName = "zh-CN";

    /// <summary>
    /// The language of everyone the bot knows no language for (zh-CN or en-US). It wins over the locale a
    /// client stamps on install and welcome events, which some clients always set to en-US.
    /// </summary>
    public string DefaultLanguage { get; init; } = DefaultLanguageName;

    /// <summary>The languages the texts exist in, as <see cref="DefaultLanguage"/> and a person's locale may name them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["zh-CN", "en-US"];

    public Person? FindPerson(string personId) => People.FirstOrDefault(p => p.Id == personId);

    /// <summary>Finds the person behind a Teams account, by Teams user id first, then Entra object id.</summary>
    public Person? FindByTeamsAccount(string? teamsUserId, string? aadObjectId) =>
        People.FirstOrDefault(p => teamsUserId is not null && p.TeamsUserId == teamsUserId)
        ?? People.FirstOrDefault(p => aadObjectId is not null
            && string.Equals(p.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    public Department? FindDepartment(string departmentId) => Departments.FirstOrDefault(d => d.Id == departmentId);

    public IEnumerable<Person> MembersOf(string departmentId) => People.Where(p => p.DepartmentId == departmentId);

    public Person? HeadOf(string departmentId) =>
        FindDepartment(departmentId)?.HeadPersonId is { } headId ? FindPerson(headId) : null;

    public IEnumerable<Person> WithRole(Role role) => People.Where(p => p.Has(role));

    /// <summary>The department a person heads, if any.</summary>
    public Department? DepartmentHeadedBy(string personId) =>
        Departments.FirstOrDefault(d => d.HeadPersonId == personId);
}
