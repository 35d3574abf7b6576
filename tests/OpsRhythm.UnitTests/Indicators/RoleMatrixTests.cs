using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.UnitTests.Indicators;

/// <summary>Who may do what across indicators, risks and improvement: one row per (actor, action).</summary>
public sealed class RoleMatrixTests
{
    private static readonly OrganisationProfile Org = SampleOrganisation.Profile;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, bool> EnterFigures => new()
    {
        { "wang-min", "sales", true },
        { "wang-min", "hr", true },
        { "li-qiang", "sales", true },
        { "li-qiang", "hr", false },
        { "chen-jing", "sales", false },
        { "sun-hao", "sales", false },
    };

    [Theory]
    [MemberData(nameof(EnterFigures))]
    public void CheckEnterFigures_ByActorAndDepartment(string actorId, string departmentId, bool allowed) =>
        Assert.Equal(allowed, IndicatorAccess.CheckEnterFigures(Org.FindPerson(actorId)!, Org, departmentId) is null);

    [Fact]
    public void CheckEnterFigures_Employee_NamesHeadsAndOpsOffice()
    {
        var rejection = IndicatorAccess.CheckEnterFigures(SampleOrganisation.Employee, Org, "sales");

        Assert.Equal(RejectionReason.RoleNotAllowed, rejection!.Reason);
        Assert.Equal(Role.DepartmentHead | Role.OpsOffice, rejection.AllowedRoles);
    }

    [Theory]
    [InlineData("wang-min", true)]
    [InlineData("li-qiang", false)]
    [InlineData("chen-jing", false)]
    public void CheckOpsOffice_OnlyOpsOffice(string actorId, bool allowed) =>
        Assert.Equal(allowed, IndicatorAccess.CheckOpsOffice(Org.FindPerson(actorId)!) is null);

    [Theory]
    [InlineData("wang-min", "hr", true)]
    [InlineData("li-qiang", "sales", true)]
    [InlineData("li-qiang", "hr", false)]
    [InlineData("sun-hao", "sales", false)]
    public void CheckRegisterRisk_ByActorAndDepartment(string actorId, string departmentId, bool allowed) =>
        Assert.Equal(allowed, RiskMachine.CheckRegister(Org.FindPerson(actorId)!, Org, departmentId) is null);

    [Theory]
    [InlineData("sun-hao", true)]
    [InlineData("li-qiang", true)]
    [InlineData("wang-min", true)]
    [InlineData("zhao-li", false)]
    [InlineData("chen-jing", false)]
    public void CloseRisk_OwnerHeadOrOpsOffice(string actorId, bool allowed)
    {
        var risk = new Risk("r1", "sales", RiskCategory.Market, "x", 3, 3)
        {
            Strategy = ResponseStrategy.Accept,
            OwnerPersonId = "sun-hao",
            CreatedBy = "li-qiang",
            CreatedAt = Now,
        };

        Assert.Equal(allowed, RiskMachine.Close(risk, Org.FindPerson(actorId)!, Org, null).IsAccepted);
    }

    [Theory]
    [InlineData("wang-min", true)]
    [InlineData("li-qiang", false)]
    [InlineData("sun-hao", false)]
    public void AcceptSuggestion_OnlyOpsOffice(string actorId, bool allowed)
    {
        var suggestion = new Suggestion("s1", "sun-hao", "p", "q", "b") { SubmittedAt = Now };

        Assert.Equal(allowed, SuggestionMachine.Accept(suggestion, Org.FindPerson(actorId)!, new AcceptSuggestion(4, 4, 3, 50), Now).IsAccepted);
    }

    [Theory]
    [InlineData("sun-hao", true)]
    [InlineData("li-qiang", true)]
    [InlineData("wang-min", true)]
    [InlineData("zhao-li", false)]
    public void CloseImprovementAction_OwnerHeadOrOpsOffice(string actorId, bool allowed)
    {
        var action = new ImprovementAction("a1", "sales", "f", "sun-hao", new DateOnly(2026, 12, 1));

        Assert.Equal(allowed, ImprovementActionMachine.Close(action, Org.FindPerson(actorId)!, Org, new CloseImprovementAction("done"), Now).IsAccepted);
    }
}
