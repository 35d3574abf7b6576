namespace OpsRhythm.Domain.Planning;

/// <summary>Sizes that keep a plan readable and its cards under Teams' size limit.</summary>
public static class PlanLimits
{
    public const int ShortText = 60;
    public const int Title = 200;
    public const int LongText = 2000;
    public const int Guidelines = 4000;
    public const int Comment = 1000;

    /// <summary>What an owner says with a progress report (进展说明).</summary>
    public const int ProgressNote = 500;
    public const int MaxTargets = 20;
    public const int MaxTasks = 60;
    public const int MaxRisks = 20;
    public const int MaxHeadcount = 100_000;
    public const decimal MaxAmount = 1_000_000_000_000m;
}
