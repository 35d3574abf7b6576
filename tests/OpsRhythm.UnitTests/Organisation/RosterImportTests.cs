using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class RosterImportTests
{
    private static readonly OrganisationProfile Empty = new() { CompanyName = new LocalizedText("本公司", "Our company") };

    private static readonly RosterMember WangMin = new("29:wang", "aad-wang", "王敏", "wang.min@contoso.com", "wang.min@contoso.com");
    private static readonly RosterMember LiQiang = new("29:li", "aad-li", "李强", null, "li.qiang@contoso.com");

    [Fact]
    public void Merge_EmptyOrganisation_AddsEveryMemberAsEmployeeWithObjectIdNameAndEmail()
    {
        var result = RosterImport.Merge(Empty, "team-1", "运营", [WangMin, LiQiang], [new TeamChannel("team-1", "General")]);

        Assert.Equal(2, result.Added);
        var li = Assert.Single(result.Organisation.People, p => p.AadObjectId == "aad-li");
        Assert.Equal("li-qiang", li.Id);
        Assert.Equal("李强", li.Name.ZhCn);
        Assert.Equal("li.qiang@contoso.com", li.Email);
        Assert.Equal("29:li", li.TeamsUserId);
        Assert.Equal(Role.Employee, li.Roles);
        Assert.Equal("team-1", result.Organisation.TeamId);
        Assert.Equal("General", Assert.Single(result.Organisation.Channels).Name);
    }

    [Fact]
    public void Merge_AgainAfterManualChanges_KeepsNamesDepartmentsAndRoles()
    {
        var first = RosterImport.Merge(Empty, "team-1", null, [WangMin, LiQiang], []).Organisation;
        var edited = first with
        {
            People = [.. first.People.Select(p => p.AadObjectId == "aad-li" ? p with { Name = new LocalizedText("李强（销售）", "Li Qiang"), DepartmentId = "sales", Roles = Role.Employee | Role.DepartmentHead } : p)],
        };

        var again = RosterImport.Merge(edited, "team-1", null, [WangMin, LiQiang with { Name = "Li Q." }], []);

        Assert.Equal(0, again.Added);
        var li = Assert.Single(again.Organisation.People, p => p.AadObjectId == "aad-li");
        Assert.Equal("李强（销售）", li.Name.ZhCn);
        Assert.Equal("sales", li.DepartmentId);
        Assert.True(li.Has(Role.DepartmentHead));
        Assert.Equal(2, again.Organisation.People.Count);
    }

    [Fact]
    public void Merge_PersonAddedByHandWithoutAccount_GetsTheirTeamsAccountAndEmail()
    {
        var byHand = Empty with { People = [new Person("wang-min", new LocalizedText("王敏", "Wang Min")) { AadObjectId = "AAD-WANG", Roles = Role.Administrator }] };

        var result = RosterImport.Merge(byHand, "team-1", null, [WangMin], []);

        var wang = Assert.Single(result.Organisation.People);
        Assert.Equal(1, result.Updated);
        Assert.Equal("29:wang", wang.TeamsUserId);
        Assert.Equal("wang.min@contoso.com", wang.Email);
        Assert.Equal(Role.Administrator, wang.Roles);
    }

    [Fact]
    public void Merge_WithEntraDepartments_ProposesEachNewDepartmentWithTheManagerAsHead()
    {
        var sun = new RosterMember("29:sun", "aad-sun", "孙浩", "sun.hao@contoso.com", null) { Department = "销售部", ManagerAadObjectId = "aad-li" };
        var li = LiQiang with { Department = "销售部", ManagerAadObjectId = "aad-ceo" };

        var result = RosterImport.Merge(Empty, "team-1", null, [WangMin, li, sun], []);

        Assert.Equal(1, result.ProposedDepartments);
        var sales = Assert.Single(result.Organisation.Departments);
        Assert.Equal("销售部", sales.Name.ZhCn);
        var head = result.Organisation.FindPerson(sales.HeadPersonId!);
        Assert.Equal("aad-li", head?.AadObjectId);
        Assert.True(head!.Has(Role.DepartmentHead));
        Assert.Equal(2, result.Organisation.MembersOf(sales.Id).Count());
    }

    [Fact]
    public void Merge_EntraDepartmentThatExists_IsNotProposedAgain()
    {
        var existing = Empty with { Departments = [new Department("sales", new LocalizedText("销售部", "Sales"))] };

        var result = RosterImport.Merge(existing, "team-1", null, [LiQiang with { Department = "Sales" }], []);

        Assert.Equal(0, result.ProposedDepartments);
        Assert.Single(result.Organisation.Departments);
    }
}
