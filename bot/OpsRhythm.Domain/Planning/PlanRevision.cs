namespace OpsRhythm.Domain.Planning;

/// <summary>A kept version of a department plan: the content as it stood when the action was taken.</summary>
public sealed record PlanRevision(int Number, string Action, string ActorPersonId, DateTimeOffset At, PlanContent Content)
{
    public string? Comment { get; init; }

    /// <summary>The head a deputy (代理人) acted for; null when the actor acted for themselves.</summary>
    public string? OnBehalfOf { get; init; }
}
