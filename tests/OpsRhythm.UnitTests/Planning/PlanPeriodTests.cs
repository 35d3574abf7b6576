using OpsRhythm.Domain.Planning;

namespace OpsRhythm.UnitTests.Planning;

public sealed class PlanPeriodTests
{
    [Theory]
    [InlineData("2027", PlanKind.Annual, "2027-01-01", "2027-12-31")]
    [InlineData("2027-Q1", PlanKind.Quarterly, "2027-01-01", "2027-03-31")]
    [InlineData("2027-q4", PlanKind.Quarterly, "2027-10-01", "2027-12-31")]
    [InlineData("2028-02", PlanKind.Monthly, "2028-02-01", "2028-02-29")]
    public void TryParse_ValidText_GivesKindAndBounds(string text, PlanKind kind, string start, string end)
    {
        Assert.True(PlanPeriod.TryParse(text, out var period));
        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("27")]
    [InlineData("2027-Q5")]
    [InlineData("2027-13")]
    [InlineData("2027-00")]
    [InlineData("1999")]
    [InlineData("abcd-01")]
    public void TryParse_InvalidText_ReturnsFalse(string? text) => Assert.False(PlanPeriod.TryParse(text, out _));

    [Theory]
    [InlineData(PlanKind.Monthly, "2026-12-20", "2027-01")]
    [InlineData(PlanKind.Monthly, "2026-05-31", "2026-06")]
    [InlineData(PlanKind.Quarterly, "2026-12-20", "2027-Q1")]
    [InlineData(PlanKind.Quarterly, "2026-03-25", "2026-Q2")]
    [InlineData(PlanKind.Annual, "2026-12-20", "2027")]
    public void NextAfter_Today_GivesThePeriodToPlan(PlanKind kind, string today, string expected) =>
        Assert.Equal(expected, PlanPeriod.NextAfter(kind, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void Quarter_OfMonth_IsTheQuarterContainingIt()
    {
        Assert.Equal("2027-Q2", PlanPeriod.Monthly(2027, 6).Quarter.ToString());
        Assert.Equal("2027-Q3", PlanPeriod.Monthly(2027, 7).Quarter.ToString());
        Assert.Equal("2027", PlanPeriod.Monthly(2027, 7).AnnualPeriod.ToString());
    }

    [Fact]
    public void IdFor_Period_NamesKindAndPeriod()
    {
        Assert.Equal("monthly-2027-01", PlanCycle.IdFor(PlanPeriod.Monthly(2027, 1)));
        Assert.Equal("quarterly-2027-Q1", PlanCycle.IdFor(PlanPeriod.Quarterly(2027, 1)));
        Assert.Equal("annual-2027", PlanCycle.IdFor(PlanPeriod.Annual(2027)));
    }
}
