namespace OpsRhythm.Cards.Indicators;

/// <summary>The verbs of the indicator cards' buttons.</summary>
public static class IndicatorVerbs
{
    public const string SaveIndicator = "indicator.catalog.save";
    public const string EditIndicator = "indicator.catalog.edit";
    public const string SaveFigure = "indicator.figure.save";
    public const string ImportCsv = "indicator.csv.import";
    public const string OpenCsv = "indicator.csv.open";
    public const string SaveBenchmark = "indicator.benchmark.save";
    public const string ShowScorecard = "indicator.scorecard.show";
    public const string PublishRanking = "indicator.ranking.publish";
    public const string ShowTargets = "indicator.targets.show";
    public const string SaveTargets = "indicator.targets.save";
    public const string SaveInspection = "inspection.save";
    public const string CloseAction = "inspection.action.close";
}
