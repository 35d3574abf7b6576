using OpsRhythm.Domain.Risks;

namespace OpsRhythm.UnitTests.Risks;

public sealed class RiskLevelBandsTests
{
    [Theory]
    [InlineData(1, 1, RiskLevel.Low)]
    [InlineData(2, 2, RiskLevel.Low)]
    [InlineData(1, 5, RiskLevel.Medium)]
    [InlineData(3, 3, RiskLevel.Medium)]
    [InlineData(2, 5, RiskLevel.High)]
    [InlineData(3, 5, RiskLevel.High)]
    [InlineData(4, 4, RiskLevel.Critical)]
    [InlineData(5, 5, RiskLevel.Critical)]
    public void LevelOf_DefaultBands_MatchesMatrix(int likelihood, int impact, RiskLevel expected) =>
        Assert.Equal(expected, RiskLevelBands.Default.LevelOf(likelihood, impact));

    [Fact]
    public void LevelOf_ConfiguredBands_Respected()
    {
        var strict = new RiskLevelBands(MediumFrom: 3, HighFrom: 6, CriticalFrom: 12);

        Assert.Equal(RiskLevel.Critical, strict.LevelOf(3, 4));
        Assert.Equal(RiskLevel.Medium, strict.LevelOf(1, 3));
    }

    [Theory]
    [InlineData(1, 10, 16, false)]
    [InlineData(10, 5, 16, false)]
    [InlineData(5, 10, 26, false)]
    [InlineData(5, 10, 16, true)]
    public void IsValid_Ordering(int medium, int high, int critical, bool valid) =>
        Assert.Equal(valid, new RiskLevelBands(medium, high, critical).IsValid);

    [Fact]
    public void Score_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskAssessment.Score(0, 3));
}
