using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Risks;

public sealed class RiskValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static readonly RiskDraft Valid = new()
    {
        DepartmentId = "sales",
        Category = "Market",
        Description = "大客户流失",
        Likelihood = "4",
        Impact = "5",
        Strategy = "Reduce",
        OwnerPersonId = "li-qiang",
        ActionText = "季度回访",
        ActionOwnerPersonId = "sun-hao",
    };

    private static IReadOnlyDictionary<string, OpsRhythm.Domain.Workflow.FieldError> Errors(RiskDraft draft) =>
        RiskValidation.Validate(draft, SampleOrganisation.Profile, IndicatorCatalog.Seed, "r1", SampleOrganisation.SalesHead, Now).Errors;

    [Fact]
    public void Validate_ReduceWithAction_BuildsRisk()
    {
        var (risk, errors) = RiskValidation.Validate(Valid, SampleOrganisation.Profile, IndicatorCatalog.Seed, "r1", SampleOrganisation.SalesHead, Now);

        Assert.Empty(errors);
        Assert.Equal(20, risk!.Score);
        Assert.Equal(RiskLevel.Critical, risk.LevelIn(RiskLevelBands.Default));
        Assert.Equal("sun-hao", Assert.Single(risk.Actions).OwnerPersonId);
    }

    [Fact]
    public void Validate_ReduceWithoutAction_ActionErrors()
    {
        var errors = Errors(Valid with { ActionText = null, ActionOwnerPersonId = null });

        Assert.Equal(["actionOwner", "actionText"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_TransferWithoutCounterparty_CounterpartyError() =>
        Assert.Equal("Risks.Validation.CounterpartyRequired", Errors(Valid with { Strategy = "Transfer" })["counterparty"].TextKey);

    [Fact]
    public void Validate_AcceptWithoutReviewDate_ReviewDateError() =>
        Assert.Equal("Risks.Validation.ReviewDateRequired", Errors(Valid with { Strategy = "Accept" })["reviewDate"].TextKey);

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("x")]
    public void Validate_RatingOutOfRange_RatingError(string likelihood) =>
        Assert.Equal("Risks.Validation.Rating", Errors(Valid with { Likelihood = likelihood })["likelihood"].TextKey);

    [Fact]
    public void Validate_HigherIsBetterCriticalAboveWarning_Error() =>
        Assert.Equal(
            "Risks.Validation.CriticalBelowWarning",
            Errors(Valid with { IndicatorId = "customer-satisfaction", WarningThreshold = "80", CriticalThreshold = "90" })["critical"].TextKey);

    [Fact]
    public void Validate_LowerIsBetterThresholds_LinkWithMargin()
    {
        var (risk, _) = RiskValidation.Validate(
            Valid with { IndicatorId = "complaint-rate", WarningThreshold = "3", CriticalThreshold = "5" },
            SampleOrganisation.Profile, IndicatorCatalog.Seed, "r1", SampleOrganisation.SalesHead, Now);

        var link = Assert.Single(risk!.IndicatorLinks);
        Assert.Equal((3d, 5d), (link.Warning!.Value, link.Critical!.Value));
        Assert.Equal(0.2, link.RecoveryMargin, 6);
    }
}
