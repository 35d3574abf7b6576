using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class IndicatorEditTests
{
    private static IndicatorEdit NewOne(string? id = "on-time-delivery") =>
        new("new", id, "准时交付率", "On-time delivery", "Customer", "%", "HigherIsBetter", "Monthly");

    [Fact]
    public void Validate_NewValidIndicator_AcceptsTrimmedIndicator()
    {
        var decision = (NewOne() with { NameEn = " On-time delivery " }).Validate(IndicatorCatalog.Seed);

        Assert.True(decision.IsAccepted);
        Assert.Equal(new Indicator("on-time-delivery", new("准时交付率", "On-time delivery"), IndicatorGroup.Customer, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly), decision.State);
    }

    [Theory]
    [InlineData(null, "Indicators.Validation.Required")]
    [InlineData("On Time", "Indicators.Validation.BadId")]
    [InlineData("库存", "Indicators.Validation.BadId")]
    public void Validate_NewWithBadId_ErrorOnNewId(string? id, string expectedKey)
    {
        var decision = NewOne(id).Validate(IndicatorCatalog.Seed);

        Assert.Equal(expectedKey, decision.Rejection!.FieldErrors["newId"].TextKey);
    }

    [Fact]
    public void Validate_EmptyFields_ErrorPerField()
    {
        var decision = new IndicatorEdit("new", "x", " ", null, "Nope", "", "7", null).Validate(IndicatorCatalog.Seed);

        Assert.Equal(["direction", "frequency", "group", "nameEn", "nameZh", "unit"], decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_ExistingIndicator_KeepsItsIdAndIgnoresNewId()
    {
        var decision = (NewOne("ignored") with { Selected = "sales" }).Validate(IndicatorCatalog.Seed);

        Assert.Equal("sales", decision.State!.Id);
    }

    [Fact]
    public void Validate_UnknownSelection_ErrorOnIndicator()
    {
        var decision = (NewOne() with { Selected = "gone" }).Validate(IndicatorCatalog.Seed);

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey("indicator"));
    }
}
