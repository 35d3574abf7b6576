namespace OpsRhythm.Domain.Risks;

/// <summary>R-5.3 strategies; each needs its own details (see <see cref="RiskValidation"/>).</summary>
public enum ResponseStrategy
{
    /// <summary>规避: give up the exposed business; needs actions with an owner.</summary>
    Avoid,

    /// <summary>降低: controls that lower likelihood or impact; needs actions with an owner.</summary>
    Reduce,

    /// <summary>转移: insurance or a contract; needs the counterparty.</summary>
    Transfer,

    /// <summary>接受: watch it; needs a review date.</summary>
    Accept,
}
