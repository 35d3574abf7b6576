using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class FiguresDueTests
{
    [Theory]
    [InlineData("2026-12-02", new string[0])]
    [InlineData("2026-12-03", new[] { "2026-M11" })]
    [InlineData("2026-10-20", new[] { "2026-M09", "2026-Q3" })]
    [InlineData("2027-01-05", new[] { "2026-M12", "2026-Q4", "2026" })]
    public void PeriodsDue_DayOfTheMonth_LastMonthAndWhatItCloses(string today, string[] expected)
    {
        var periods = FiguresDue.PeriodsDue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), dueDay: 3);

        Assert.Equal(expected, periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Missing_SomeEntered_OnlyTheCatalogsIndicatorsOfTheDueFrequenciesWithoutAValue()
    {
        var periods = FiguresDue.PeriodsDue(new DateOnly(2027, 1, 5), dueDay: 3);
        var entered = new[] { Value("sales", "2026-M12"), Value("inventory-turnover", "2026-Q4"), Value("profit", "2026-M11") };

        var missing = FiguresDue.Missing(IndicatorCatalog.Seed, periods, entered);

        var names = missing.Select(m => $"{m.Indicator.Id}:{m.Period}").ToList();
        Assert.Contains("profit:2026-M12", names);
        Assert.Contains("market-share:2026", names);
        Assert.Contains("customer-satisfaction:2026-Q4", names);
        Assert.DoesNotContain("sales:2026-M12", names);
        Assert.DoesNotContain("inventory-turnover:2026-Q4", names);
        Assert.Equal(IndicatorCatalog.Seed.Indicators.Count - 2, names.Count);
    }

    private static IndicatorValue Value(string indicator, string period) =>
        new("sales", indicator, period, 1) { EnteredBy = "li-qiang", EnteredAt = DateTimeOffset.UnixEpoch };
}
