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
}
