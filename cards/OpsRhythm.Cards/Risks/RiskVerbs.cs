namespace OpsRhythm.Cards.Risks;

/// <summary>The verbs of the risk cards' buttons.</summary>
public static class RiskVerbs
{
    public const string Register = "risk.register";
    public const string Close = "risk.close";
    public const string Review = "risk.review";
    public const string Reassess = "risk.reassess";
    public const string Show = "risk.show";
    public const string AcknowledgeAlert = "risk.alert.ack";
    public const string HeatMap = "risk.heatmap";
}
