using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class DashboardScopeTests
{
    private static readonly OrganisationProfile Organisation = new()
    {
        CompanyName = new LocalizedText("公司", "Company"),
        Departments =
        [
            new Department("sales", new LocalizedText("销售部", "Sales")) { HeadPersonId = "head" },
            new Department("hr", new LocalizedText("人力资源部", "HR")),
        ],
    };

    [Theory]
    [InlineData(Role.OpsOffice)]
    [InlineData(Role.Leadership)]
    public void For_OpsOfficeOrLeadership_EveryDepartment(Role role)
    {
        var scope = DepartmentScope.For(new Person("p", new LocalizedText("甲", "A")) { Roles = Role.Employee | role }, Organisation);

        Assert.True(scope.WholeCompany);
        Assert.Equal(["sales", "hr"], scope.Shown(null));
    }

    [Fact]
    public void For_DepartmentHead_OwnDepartmentOnly()
    {
        var scope = DepartmentScope.For(new Person("head", new LocalizedText("乙", "B")) { Roles = Role.Employee | Role.DepartmentHead }, Organisation);

        Assert.False(scope.WholeCompany);
        Assert.Equal(["sales"], scope.Shown(null));
        Assert.Empty(scope.Shown("hr"));
    }

    [Fact]
    public void For_Employee_SummaryOnly()
    {
        var scope = DepartmentScope.For(new Person("e", new LocalizedText("丙", "C")) { DepartmentId = "sales" }, Organisation);

        Assert.Empty(scope.Shown(null));
        Assert.Equal("Dashboard.Scope.Summary", scope.ScopeKey);
    }
}
