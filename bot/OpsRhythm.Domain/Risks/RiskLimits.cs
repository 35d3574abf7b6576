namespace OpsRhythm.Domain.Risks;

/// <summary>Field lengths of a risk: the register form's maxLength and the server's check read these.</summary>
public static class RiskLimits
{
    public const int Description = 2000;
    public const int Action = 500;
    public const int Counterparty = 200;
    public const int Note = 1000;

    /// <summary>Why a risk was reassessed: short, as the risk card shows the latest reassessments with theirs.</summary>
    public const int ReassessNote = 300;
}
