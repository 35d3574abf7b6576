using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Resources;

/// <summary>R-4: who enters a month's actuals, what is refused beside its field, and when an entry pushes the month over.</summary>
public sealed class ResourceMachineTests
{
    private static readonly DateOnly Today = new(2027, 3, 15);
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly ResourcePlan Plan = new(100_000m, 12, "monthly-2027-03");

    private static EnterResourceActuals Entry(decimal budget, int headcount, int month = 3, string? note = null) =>
        new("sales", 2027, month, budget, headcount, note, Plan, Today, Now);

    [Fact]
    public void Enter_DepartmentDeputyWhileStandingIn_IsEnteredInTheirName()
    {
        var organisation = SampleOrganisation.Profile with { StandIns = [new StandIn(StandInKind.Department, "sales", "sun-hao", Today.AddDays(-1), Today.AddDays(1))] };

        var decision = ResourceMachine.Enter(null, SampleOrganisation.Employee, organisation, Entry(90_000m, 12));

        Assert.True(decision.IsAccepted);
        Assert.Equal("sun-hao", decision.State!.EnteredBy);
    }

    [Fact]
    public void Enter_DeputyAfterTheirRange_IsRefusedByRole()
    {
        var organisation = SampleOrganisation.Profile with { StandIns = [new StandIn(StandInKind.Department, "sales", "sun-hao", Today.AddDays(-9), Today.AddDays(-1))] };

        var decision = ResourceMachine.Enter(null, SampleOrganisation.Employee, organisation, Entry(90_000m, 12));

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
    }

    [Fact]
    public void Enter_FirstEntryWithinPlan_IsEnteredWithoutOverEvents()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(90_000m, 12));

        Assert.True(decision.IsAccepted);
        Assert.Equal([ResourceMachine.Entered], decision.Events.Select(e => e.Action));
        Assert.Equal(1, decision.State!.Entries);
        Assert.False(decision.State.OverBudget);
        Assert.Equal("li-qiang", decision.State.EnteredBy);
    }

    [Fact]
    public void Enter_PushesBothFiguresOver_RaisesBothOverEvents()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(120_000m, 13));

        Assert.Equal([ResourceMachine.Entered, ResourceMachine.OverBudget, ResourceMachine.OverHeadcount], decision.Events.Select(e => e.Action));
    }

    [Fact]
    public void Enter_MonthAlreadyOver_IsNotNewsAgain()
    {
        var over = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(120_000m, 12)).State!;

        var again = ResourceMachine.Enter(over, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(130_000m, 12));

        Assert.Equal([ResourceMachine.Entered], again.Events.Select(e => e.Action));
        Assert.Equal(2, again.State!.Entries);
        Assert.True(again.State.OverBudget);
    }

    [Fact]
    public void Enter_WithoutPlannedFigures_IsNeverOver()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(1_000_000m, 99) with { Plan = ResourcePlan.None });

        Assert.Equal([ResourceMachine.Entered], decision.Events.Select(e => e.Action));
    }

    [Fact]
    public void Enter_AnotherDepartmentsHead_IsRefusedNamingTheDepartment()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.HrHead, SampleOrganisation.Profile, Entry(1m, 1));

        Assert.Equal(RejectionReason.NotYourDepartment, decision.Rejection!.Reason);
        Assert.Equal("sales", decision.Rejection.DepartmentId);
    }

    [Fact]
    public void Enter_OpsOffice_MayEnterForAnyDepartment()
    {
        Assert.True(ResourceMachine.Enter(null, SampleOrganisation.Ops, SampleOrganisation.Profile, Entry(1m, 1)).IsAccepted);
    }

    [Fact]
    public void Enter_Employee_IsRefusedByRole()
    {
        Assert.Equal(RejectionReason.RoleNotAllowed, ResourceMachine.Enter(null, SampleOrganisation.Employee, SampleOrganisation.Profile, Entry(1m, 1)).Rejection!.Reason);
    }

    [Fact]
    public void Enter_BadFigures_AreRefusedBesideTheirFields()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile,
            Entry(-1m, ResourceLimits.Headcount + 1, month: 4, note: new string('长', ResourceLimits.Note + 1)));

        Assert.Equal(
            [ResourceFields.Budget, ResourceFields.Headcount, ResourceFields.Month, ResourceFields.Note],
            decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(TextLimit.TooLongKey, decision.Rejection.FieldErrors[ResourceFields.Note].TextKey);
    }

    [Fact]
    public void Enter_MonthMoreThanAYearBack_IsRefused()
    {
        var decision = ResourceMachine.Enter(null, SampleOrganisation.SalesHead, SampleOrganisation.Profile, Entry(1m, 1) with { Year = 2026, Month = 2 });

        Assert.Equal([ResourceFields.Month], decision.Rejection!.FieldErrors.Keys);
    }
}
