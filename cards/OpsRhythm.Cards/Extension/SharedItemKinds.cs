namespace OpsRhythm.Cards.Extension;

/// <summary>What the message extension finds and shares; the names are the card data's and the texts' keys.</summary>
public static class SharedItemKinds
{
    public const string Plan = "plan";
    public const string Task = "task";
    public const string Risk = "risk";
    public const string Indicator = "indicator";
    public const string ActionItem = "actionItem";
    public const string Dashboard = "dashboard";

    /// <summary>Every kind, in the order results are listed.</summary>
    public static IReadOnlyList<string> All { get; } = [Plan, Task, Risk, Indicator, ActionItem, Dashboard];
}
