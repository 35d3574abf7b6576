namespace OpsRhythm.Domain.Planning;

/// <summary>A kept version of a department plan: the content as it stood when the action was taken.</summary>
public sealed record PlanRevision(int Number, string Action, string ActorPersonId, DateTimeOffset At, PlanContent Content)
{
    public string? Comment { get; init; }
}
