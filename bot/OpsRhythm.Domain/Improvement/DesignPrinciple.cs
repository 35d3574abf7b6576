namespace OpsRhythm.Domain.Improvement;

/// <summary>The four process design principles of the policy, in its order.</summary>
public enum DesignPrinciple
{
    /// <summary>以客户为导向.</summary>
    CustomerOriented,

    /// <summary>简洁高效.</summary>
    SimpleAndEfficient,

    /// <summary>职责明确.</summary>
    ClearResponsibilities,

    /// <summary>风险可控.</summary>
    RisksControlled,
}
