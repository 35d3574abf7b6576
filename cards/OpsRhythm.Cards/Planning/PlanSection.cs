namespace OpsRhythm.Cards.Planning;

/// <summary>The parts of a plan edited one at a time, so a long plan's cards stay small.</summary>
public enum PlanSection
{
    Targets,
    Tasks,
    Resources,
    Risks,
}
