namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>What an <see cref="OutsideCall{TState}"/> answered: the state to commit, or why the call failed (in the reader's words).</summary>
internal sealed record CallAnswer<TState>
    where TState : class
{
    internal CallAnswer(TState? state, string? failure)
    {
        State = state;
        Failure = failure;
    }

    public TState? State { get; }

    /// <summary>Shown on the card; nothing was written.</summary>
    public string? Failure { get; }
}

/// <summary>Factory for <see cref="CallAnswer{TState}"/>.</summary>
internal static class CallAnswer
{
    public static CallAnswer<TState> Done<TState>(TState state)
        where TState : class => new(state, null);

    public static CallAnswer<TState> Failed<TState>(string failure)
        where TState : class => new(null, failure);
}
