namespace OpsRhythm.Domain.Planning;

/// <summary>Why an approved plan is adjusted (R-1.4: 重大市场变化、政策调整或其他不可抗力).</summary>
public enum AdjustmentReason
{
    MarketChange,
    PolicyChange,
    ForceMajeure,
    Other,
}
