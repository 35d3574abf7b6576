using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// Who is searching or viewing, in which language, on which day (organisation's zone), and what they typed:
/// an item matches when its name, or its department's name in either language, contains the words.
/// </summary>
internal sealed record SharedItemQuery(Person Viewer, OrganisationProfile Organisation, Localizer Text, DateOnly Today, string? Words)
{
    /// <summary>The longest search text read; Teams' own search box stops well before.</summary>
    public const int MaxWordsLength = 100;

    public DepartmentScope Scope { get; } = DepartmentScope.For(Viewer, Organisation);

    public bool Matches(string? name, string? departmentId)
    {
        if (string.IsNullOrWhiteSpace(Words))
        {
            return true;
        }

        var words = Words.Trim();
        if (name is not null && name.Contains(words, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return departmentId is not null && Organisation.FindDepartment(departmentId) is { } department
            && (department.Name.ZhCn.Contains(words, StringComparison.OrdinalIgnoreCase)
                || department.Name.EnUs.Contains(words, StringComparison.OrdinalIgnoreCase)
                || string.Equals(department.Id, words, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The department's detail is the viewer's to see (the dashboard's rule), or the item is theirs.</summary>
    public bool MaySee(string? departmentId, string? ownerPersonId) =>
        (departmentId is not null && Scope.MaySee(departmentId)) || string.Equals(ownerPersonId, Viewer.Id, StringComparison.Ordinal);

    public string DepartmentName(string? departmentId) =>
        departmentId is not null && Organisation.FindDepartment(departmentId) is { } d ? d.Name.For(Text.Culture) : "—";

    public string PersonName(string? personId) =>
        personId is not null && Organisation.FindPerson(personId) is { } p ? p.Name.For(Text.Culture) : "—";
}
