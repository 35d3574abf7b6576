using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

/// <summary>Naming and ending stand-ins: by whom, for whom and for which days.</summary>
public sealed class StandInAdministrationTests
{
    private static Person P(string id) => Organisation.FindPerson(id)!;

    private static SetStandIn Deputy(string forDepartment, string deputy, int fromDays = 0, int untilDays = 6) =>
        new(StandInKind.Department, forDepartment, deputy, Today.AddDays(fromDays), Today.AddDays(untilDays), Today, Now);

    [Fact]
    public void Set_HeadNamesADeputyForTheirDepartment_StoredWithWhoAndAnAuditEvent()
    {
        var decision = StandInAdministration.Decide(Organisation, P("li-qiang"), Deputy("sales", "sun-hao"));

        var standIn = Assert.Single(decision.State!.StandIns);
        Assert.Equal(("sales", "sun-hao", "li-qiang"), (standIn.ForId, standIn.DeputyId, standIn.SetBy));
        var e = Assert.Single(decision.Events);
        Assert.Equal(StandInAdministration.SetAction, e.Action);
        Assert.Equal("li-qiang", e.Details["for"]);
    }

    [Fact]
    public void Set_Again_ReplacesTheDepartmentsStandIn()
    {
        var first = StandInAdministration.Decide(Organisation, P("li-qiang"), Deputy("sales", "sun-hao")).State!;

        var second = StandInAdministration.Decide(first, P("li-qiang"), Deputy("sales", "zhou-na")).State!;

        Assert.Equal("zhou-na", Assert.Single(second.StandIns).DeputyId);
    }

    [Fact]
    public void Set_AnotherDepartmentsHead_RefusedAsNotTheirDepartment()
    {
        var decision = StandInAdministration.Decide(Organisation, P("zhang-wei"), Deputy("sales", "sun-hao"));

        Assert.Equal(RejectionReason.NotYourDepartment, decision.Rejection?.Reason);
        Assert.Equal("sales", decision.Rejection!.DepartmentId);
    }

    [Fact]
    public void Set_OpsOffice_MayNameAnyDeputyAndDelegate()
    {
        Assert.True(StandInAdministration.Decide(Organisation, P("gao-yu"), Deputy("production", "wu-gang")).IsAccepted);
        Assert.True(StandInAdministration.Decide(Organisation, P("gao-yu"), new SetStandIn(StandInKind.Approval, "chen-jing", "li-qiang", Today, Today.AddDays(3), Today, Now)).IsAccepted);
    }

    [Fact]
    public void Set_ApproverDelegatesThemselves_OthersMayNot()
    {
        var own = new SetStandIn(StandInKind.Approval, "chen-jing", "zhang-wei", Today, Today.AddDays(3), Today, Now);

        Assert.True(StandInAdministration.Decide(Organisation, P("chen-jing"), own).IsAccepted);
        Assert.Equal(RejectionReason.RoleNotAllowed, StandInAdministration.Decide(Organisation, P("li-qiang"), own).Rejection?.Reason);
    }

    [Theory]
    [InlineData("li-qiang", 0, 6, StandInFields.Deputy)] // the head as their own deputy
    [InlineData("sun-hao", 3, 1, StandInFields.Until)] // ends before it starts
    [InlineData("sun-hao", -9, -1, StandInFields.Until)] // already over
    [InlineData("sun-hao", 0, 180, StandInFields.Until)] // 181 days
    [InlineData("nobody", 0, 6, StandInFields.Deputy)]
    public void Set_BadInput_ErrorBesideItsField(string deputy, int from, int until, string field)
    {
        var decision = StandInAdministration.Decide(Organisation, P("li-qiang"), Deputy("sales", deputy, from, until));

        Assert.Equal(RejectionReason.InvalidInput, decision.Rejection?.Reason);
        Assert.Contains(field, decision.Rejection!.FieldErrors.Keys);
    }

    [Fact]
    public void Remove_EndsTheStandIn_AndNothingToEndIsAWrongState()
    {
        var named = StandInAdministration.Decide(Organisation, P("li-qiang"), Deputy("sales", "sun-hao")).State!;

        var removed = StandInAdministration.Decide(named, P("li-qiang"), new RemoveStandIn(StandInKind.Department, "sales"));

        Assert.Empty(removed.State!.StandIns);
        Assert.Equal(StandInAdministration.RemovedAction, Assert.Single(removed.Events).Action);
        Assert.Equal(RejectionReason.WrongState, StandInAdministration.Decide(removed.State, P("li-qiang"), new RemoveStandIn(StandInKind.Department, "sales")).Rejection?.Reason);
    }

    [Fact]
    public void PrincipalsFor_HeadTheirDepartment_ApproverThemselves_OpsOfficeEveryone()
    {
        Assert.Equal(["dept:sales"], StandInAdministration.PrincipalsFor(Organisation, P("li-qiang")));
        Assert.Equal(["approver:chen-jing"], StandInAdministration.PrincipalsFor(Organisation, P("chen-jing")));
        Assert.Contains("dept:production", StandInAdministration.PrincipalsFor(Organisation, P("gao-yu")));
        Assert.Empty(StandInAdministration.PrincipalsFor(Organisation, P("sun-hao")));
    }
}
