using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

// Not "…UnitTests.Organisation": that namespace would hide the Organisation fixture other test folders import statically.
namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class SampleOrganisationTests
{
    private readonly OrganisationProfile _organisation = SampleOrganisation.Load();

    [Fact]
    public void Load_RolesWrittenAsNames_ParseAsFlags()
    {
        var wang = _organisation.FindByTeamsAccount("user-id-0", null);

        Assert.Equal(Role.Employee | Role.DepartmentHead | Role.OpsOffice | Role.Administrator, wang?.Roles);
        Assert.True(_organisation.FindPerson("chen-jing")?.Has(Role.Leadership));
    }

    [Fact]
    public void Load_EveryReferenceResolves()
    {
        Assert.All(_organisation.Departments, d => Assert.NotNull(_organisation.FindPerson(d.HeadPersonId!)));
        Assert.All(_organisation.People.Where(p => p.DepartmentId is not null), p => Assert.NotNull(_organisation.FindDepartment(p.DepartmentId!)));
        Assert.True(OrganisationAdministration.IsIanaTimeZone(_organisation.TimeZone));
    }
}
