namespace OpsRhythm.Domain.Improvement;

/// <summary>The five steps of a process redesign, in the policy's order.</summary>
public enum RedesignStepKind
{
    Survey,
    Diagnosis,
    Design,
    Evaluation,
    Implementation,
}
