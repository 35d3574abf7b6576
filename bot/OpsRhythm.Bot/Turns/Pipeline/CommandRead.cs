using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// A typed command read from a card's inputs, or the errors to show beside the fields that could not be
/// read (a date that is not a date, a number out of range). What the command means for the state is the
/// Domain's decision; this only turns strings into types.
/// </summary>
internal sealed record CommandRead<TCommand>
{
    internal CommandRead(TCommand? command, Rejection? invalid)
    {
        Command = command;
        Invalid = invalid;
    }

    public TCommand? Command { get; }

    /// <summary>Set when a field could not be read; its <see cref="Rejection.FieldErrors"/> are shown beside the fields.</summary>
    public Rejection? Invalid { get; }

    public static implicit operator CommandRead<TCommand>(TCommand command) => new(command, null);
}

/// <summary>Factory for <see cref="CommandRead{TCommand}"/>.</summary>
internal static class CommandRead
{
    public static CommandRead<TCommand> Ok<TCommand>(TCommand command) => new(command, null);

    public static CommandRead<TCommand> Errors<TCommand>(IReadOnlyDictionary<string, FieldError> errors) => new(default, Rejection.Invalid(errors));

    public static CommandRead<TCommand> Error<TCommand>(string field, FieldError error) =>
        Errors<TCommand>(new Dictionary<string, FieldError>(StringComparer.Ordinal) { [field] = error });
}
