namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// The weekly status form's input ids: the card draws them, the handler reads them and the rules name them
/// in their field errors, so an error always stands beside the field it is about.
/// </summary>
public static class WeeklyStatusFields
{
    public const string Highlights = "highlights";

    public const string Problems = "problems";

    public const string HelpFrom = "helpFrom";

    public const string HelpNeeded = "helpNeeded";

    public const string SkipReason = "skipReason";
}
