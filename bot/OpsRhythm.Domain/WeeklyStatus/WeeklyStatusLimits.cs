namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>The weekly report's field lengths: the form's maxLength and the server's check read these.</summary>
public static class WeeklyStatusLimits
{
    public const int Highlights = 1000;
    public const int Problems = 1000;
    public const int HelpNeeded = 500;
    public const int SkipReason = 200;
    public const int TaskTitle = 200;
}
