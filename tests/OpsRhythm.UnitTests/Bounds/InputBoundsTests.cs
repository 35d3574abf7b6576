using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Bounds;

/// <summary>Free text is bounded by the length its card states, and dates by a range around today, on the server.</summary>
public sealed class InputBoundsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();

    [Fact]
    public void SuggestionSubmit_SixtyThousandCharacterProblem_RefusedNextToTheField()
    {
        var decision = SuggestionMachine.Submit("s1", Organisation.FindPerson("sun-hao")!, new SubmitSuggestion(new string('长', 60_000), "p", "b", true), Now);

        Assert.Null(decision.State);
        var error = decision.Rejection!.FieldErrors["problem"];
        Assert.Equal(TextLimit.TooLongKey, error.TextKey);
        Assert.Equal(ImprovementLimits.Problem, error.Arguments[0]);
    }

    [Fact]
    public void SuggestionSubmit_ExactlyTheCardsLimit_Accepted()
    {
        var decision = SuggestionMachine.Submit("s1", Organisation.FindPerson("sun-hao")!, new SubmitSuggestion(new string('长', ImprovementLimits.Problem), new string('p', ImprovementLimits.Proposal), new string('b', ImprovementLimits.Benefit), true), Now);

        Assert.True(decision.IsAccepted);
    }

    [Fact]
    public void CoordinationValidate_FromNearTheEndOfTime_FieldErrorNotOverflow()
    {
        var (ask, errors) = CoordinationMachine.Validate(new("t", ["zhou-na"], [], 30, new DateOnly(9999, 12, 30), null), Organisation.FindPerson("sun-hao")!, Organisation, Today);

        Assert.Null(ask);
        Assert.Equal(DateBounds.OutOfRangeKey, errors["from"].TextKey);
    }

    [Fact]
    public void ValidateOpening_CycleForTheYear2999_RefusedUnderThePeriod()
    {
        var period = PlanPeriod.Monthly(2999, 1);
        var errors = PlanValidator.ValidateOpening(new OpenCycleCommand(period, period.End, ["sales"], Today, Now));

        Assert.Equal(DateBounds.OutOfRangeKey, errors[PlanFields.Period].TextKey);
    }

    [Fact]
    public void ValidateOpening_NextMonth_Allowed()
    {
        var period = PlanPeriod.Monthly(2026, 12);
        var errors = PlanValidator.ValidateOpening(new OpenCycleCommand(period, new DateOnly(2026, 11, 30), ["sales"], Today, Now));

        Assert.False(errors.ContainsKey(PlanFields.Period));
    }

    [Fact]
    public void DateBounds_RangeIsAYearBackToFiveAhead()
    {
        Assert.True(DateBounds.Contains(Today, new DateOnly(2031, 11, 26)));
        Assert.False(DateBounds.Contains(Today, new DateOnly(2031, 11, 27)));
        Assert.False(DateBounds.Contains(Today, DateOnly.MinValue));
        Assert.False(DateBounds.Contains(Today, new DateOnly(9999, 12, 30)));
    }
}
