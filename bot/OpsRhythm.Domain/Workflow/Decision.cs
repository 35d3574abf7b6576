namespace OpsRhythm.Domain.Workflow;

/// <summary>
/// The outcome of a state machine step: <c>(state, actor, command) → (new state, events) | rejection</c>.
/// Handlers persist <see cref="State"/> with one audit event per entry in <see cref="Events"/>.
/// </summary>
public sealed record Decision<TState>
{
    internal Decision(TState? state, IReadOnlyList<WorkflowEvent> events, Rejection? rejection)
    {
        State = state;
        Events = events;
        Rejection = rejection;
    }

    public TState? State { get; }

    public IReadOnlyList<WorkflowEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool IsAccepted => Rejection is null;
}

/// <summary>Factory for <see cref="Decision{TState}"/>.</summary>
public static class Decision
{
    public static Decision<TState> Accept<TState>(TState state, params WorkflowEvent[] events) => new(state, events, null);

    public static Decision<TState> Reject<TState>(Rejection rejection) => new(default, [], rejection);
}
