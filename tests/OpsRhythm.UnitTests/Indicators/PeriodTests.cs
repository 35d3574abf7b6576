using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-M03", "2026-M03")]
    [InlineData("2026-m3", "2026-M03")]
    [InlineData(" 2026-Q4 ", "2026-Q4")]
    [InlineData("2026", "2026")]
    public void TryParse_ValidText_RoundTrips(string text, string expected)
    {
        Assert.True(Period.TryParse(text, out var period));
        Assert.Equal(expected, period.ToString());
    }

    [Theory]
    [InlineData("2026-M13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-W01")]
    [InlineData("26-M01")]
    [InlineData("")]
    public void TryParse_InvalidText_False(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Previous_January_IsDecemberOfLastYear() =>
        Assert.Equal(Period.Month(2025, 12), Period.Month(2026, 1).Previous());

    [Fact]
    public void Containing_MonthInQuarter_FindsQuarter() =>
        Assert.Equal(Period.Quarter(2026, 3), Period.Containing(new DateOnly(2026, 8, 31), IndicatorFrequency.Quarterly));
}
