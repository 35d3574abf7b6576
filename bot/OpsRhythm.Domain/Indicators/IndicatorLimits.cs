namespace OpsRhythm.Domain.Indicators;

/// <summary>Field lengths of the indicator, benchmark, inspection and improvement-action forms: the cards' maxLength and the server's check read these.</summary>
public static class IndicatorLimits
{
    public const int Id = 40;
    public const int NameZh = 40;
    public const int NameEn = 60;
    public const int Unit = 10;
    public const int BenchmarkSource = 200;
    public const int InspectionFindings = 4000;
    public const int ActionNote = 2000;
}
