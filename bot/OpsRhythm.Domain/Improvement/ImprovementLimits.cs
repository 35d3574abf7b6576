namespace OpsRhythm.Domain.Improvement;

/// <summary>Field lengths of suggestions and redesign projects: the forms' maxLength and the server's check read these.</summary>
public static class ImprovementLimits
{
    public const int Problem = 2000;
    public const int Proposal = 2000;
    public const int Benefit = 1000;
    public const int Reason = 1000;
    public const int ProjectNote = 1000;
    public const int Process = 200;

    /// <summary>What was found about one design principle of a process.</summary>
    public const int PrincipleNote = 500;

    /// <summary>The note of a completed process review, and a department's comment on a redesign's evaluation.</summary>
    public const int ReviewNote = 1000;

    /// <summary>A process is reviewed at least every two years.</summary>
    public const int MaxIntervalMonths = 24;
}
