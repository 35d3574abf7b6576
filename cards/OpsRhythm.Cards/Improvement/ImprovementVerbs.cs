namespace OpsRhythm.Cards.Improvement;

/// <summary>The verbs of the improvement cards' buttons.</summary>
public static class ImprovementVerbs
{
    public const string Submit = "suggestion.submit";
    public const string Accept = "suggestion.accept";
    public const string Decline = "suggestion.decline";
    public const string StartProject = "redesign.start";
    public const string CompleteStep = "redesign.step.complete";
    public const string RecordProcess = "process.record";
    public const string Evaluate = "redesign.evaluate";
    public const string ShowProject = "redesign.show";
    public const string CompleteReview = "process.review";
}
