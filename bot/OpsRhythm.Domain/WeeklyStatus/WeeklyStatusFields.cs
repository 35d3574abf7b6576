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

    /// <summary>Task row <paramref name="row"/>'s title.</summary>
    public static string TaskTitleOf(int row) => $"task{row}.title";

    /// <summary>Task row <paramref name="row"/>'s percent done (a whole number 0–100).</summary>
    public static string TaskPercentOf(int row) => $"task{row}.percent";

    /// <summary>Task row <paramref name="row"/>'s health (a <see cref="TaskHealth"/> name).</summary>
    public static string TaskHealthOf(int row) => $"task{row}.health";
}
