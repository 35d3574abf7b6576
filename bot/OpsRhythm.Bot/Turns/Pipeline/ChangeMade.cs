using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>An accepted decision about to be committed: the state before (null for a creation), after, and when.</summary>
internal sealed record ChangeMade<TState>(TState? Before, TState After, Decision<TState> Decision, DateTimeOffset At)
    where TState : class;
