using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Bounds;

/// <summary>The indicator, improvement-action and redesign forms' free text is bounded on the server by the length the card states.</summary>
public sealed class IndicatorAndRedesignBoundsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("nameZh", IndicatorLimits.NameZh)]
    [InlineData("nameEn", IndicatorLimits.NameEn)]
    [InlineData("unit", IndicatorLimits.Unit)]
    [InlineData("newId", IndicatorLimits.Id)]
    public void IndicatorEdit_OneCharacterOverTheCardsLimit_RefusedNextToTheField(string field, int limit)
    {
        var tooLong = new string('a', limit + 1);
        var edit = new IndicatorEdit("new", "on-time-delivery", "准时交付率", "On-time delivery", "Customer", "%", "HigherIsBetter", "Monthly");
        edit = field switch
        {
            "nameZh" => edit with { NameZh = tooLong },
            "nameEn" => edit with { NameEn = tooLong },
            "unit" => edit with { Unit = tooLong },
            _ => edit with { NewId = tooLong },
        };

        var error = edit.Validate(IndicatorCatalog.Seed).Rejection!.FieldErrors[field];

        Assert.Equal((TextLimit.TooLongKey, limit), (error.TextKey, (int)error.Arguments[0]));
    }

    [Fact]
    public void IndicatorEdit_EveryFieldAtItsLimit_Accepted()
    {
        var edit = new IndicatorEdit("new", new string('a', IndicatorLimits.Id), new string('指', IndicatorLimits.NameZh), new string('n', IndicatorLimits.NameEn), "Customer", new string('%', IndicatorLimits.Unit), "HigherIsBetter", "Monthly");

        Assert.True(edit.Validate(IndicatorCatalog.Seed).IsAccepted);
    }

    [Fact]
    public void ImprovementActionClose_NoteOverTheCardsLimit_RefusedNextToTheNote()
    {
        var action = new ImprovementAction("a1", "sales", "账实不符", "sun-hao", new DateOnly(2026, 12, 10));

        var decision = ImprovementActionMachine.Close(action, SampleOrganisation.Ops, SampleOrganisation.Profile, new CloseImprovementAction(new string('记', IndicatorLimits.ActionNote + 1)), Now);

        Assert.Equal(TextLimit.TooLongKey, decision.Rejection!.FieldErrors["note"].TextKey);
        Assert.True(ImprovementActionMachine.Close(action, SampleOrganisation.Ops, SampleOrganisation.Profile, new CloseImprovementAction(new string('记', IndicatorLimits.ActionNote)), Now).IsAccepted);
    }

    [Fact]
    public void RedesignStart_ProcessNameOverTheCardsLimit_RefusedNextToTheField()
    {
        var decision = RedesignMachine.Start("p1", SampleOrganisation.Ops, new StartRedesign(new string('流', ImprovementLimits.Process + 1), Steps()), Now);

        Assert.Equal(TextLimit.TooLongKey, decision.Rejection!.FieldErrors["process"].TextKey);
    }

    [Fact]
    public void RedesignCompleteStep_NoteOverTheCardsLimit_RefusedAndTheStepStaysOpen()
    {
        var project = RedesignMachine.Start("p1", SampleOrganisation.Ops, new StartRedesign("订单流程", Steps()), Now).State!;

        var decision = RedesignMachine.CompleteStep(project, SampleOrganisation.Ops, new CompleteRedesignStep(new string('记', ImprovementLimits.ProjectNote + 1)), Now);

        Assert.Equal(TextLimit.TooLongKey, decision.Rejection!.FieldErrors["note"].TextKey);
        Assert.True(RedesignMachine.CompleteStep(project, SampleOrganisation.Ops, new CompleteRedesignStep(new string('记', ImprovementLimits.ProjectNote)), Now).IsAccepted);
    }

    private static List<RedesignStep> Steps() =>
        [.. Enum.GetValues<RedesignStepKind>().Select((k, i) => new RedesignStep(k, "sun-hao", new DateOnly(2026, 12, 1 + i)))];
}
