using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.UnitTests.Risks;

public sealed class EarlyWarningTests
{
    // Customer satisfaction (higher is better): warning at 85, critical at 75, re-armed 2 points past the threshold.
    private static readonly IndicatorLink Satisfaction = new("customer-satisfaction", 85, 75) { RecoveryMargin = 2 };

    // Complaint rate (lower is better): warning at 3%, critical at 5%.
    private static readonly IndicatorLink Complaints = new("complaint-rate", 3, 5) { RecoveryMargin = 0.2 };

    [Fact]
    public void Crossings_NoisySeriesAroundWarning_OneAlertPerRealCrossing()
    {
        double[] series = [90, 84.9, 85.5, 84.5, 86, 85.1, 88, 84, 86.5, 84.8];

        var crossings = EarlyWarning.Crossings(IndicatorDirection.HigherIsBetter, Satisfaction, series);

        // Down at 84.9; wobbles within the margin hold; recovered at 88 (past 87); down again at 84.
        Assert.Equal([1, 7], crossings.Select(c => c.Index));
        Assert.All(crossings, c => Assert.Equal(WarningLevel.Warning, c.Crossing.Level));
    }

    [Fact]
    public void Crossings_WarningThenCritical_AlertsForEachLevel()
    {
        double[] series = [90, 80, 74, 76, 74.5, 70];

        var crossings = EarlyWarning.Crossings(IndicatorDirection.HigherIsBetter, Satisfaction, series);

        Assert.Equal([(1, WarningLevel.Warning), (2, WarningLevel.Critical)], crossings.Select(c => (c.Index, c.Crossing.Level)));
        Assert.Equal(1, crossings[1].Crossing.Excess, 6);
    }

    [Fact]
    public void Crossings_CriticalRecoversToWarningThenCriticalAgain_ReAlerts()
    {
        double[] series = [70, 78, 72];

        var crossings = EarlyWarning.Crossings(IndicatorDirection.HigherIsBetter, Satisfaction, series);

        Assert.Equal([(0, WarningLevel.Critical), (2, WarningLevel.Critical)], crossings.Select(c => (c.Index, c.Crossing.Level)));
    }

    [Fact]
    public void Crossings_LowerIsBetter_RisingValueCrosses()
    {
        double[] series = [2, 3.1, 2.9, 3.05, 2.7, 5.5, 2.9, 3];

        var crossings = EarlyWarning.Crossings(IndicatorDirection.LowerIsBetter, Complaints, series);

        Assert.Equal(
            [(1, WarningLevel.Warning), (5, WarningLevel.Critical)],
            crossings.Select(c => (c.Index, c.Crossing.Level)));
    }

    [Fact]
    public void Step_ThresholdExactlyReached_Crosses()
    {
        var (state, crossing) = EarlyWarning.Step(IndicatorDirection.LowerIsBetter, Complaints, WarningLevel.Normal, 3);

        Assert.Equal(WarningLevel.Warning, state);
        Assert.NotNull(crossing);
    }

    [Fact]
    public void StateAfter_OnlyWarningThreshold_NeverCritical()
    {
        var link = new IndicatorLink("sales", 100, null);

        Assert.Equal(WarningLevel.Warning, EarlyWarning.StateAfter(IndicatorDirection.HigherIsBetter, link, [50, 10]));
    }
}
