using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>
/// Reads the record form into a <see cref="RecordExternalFollowUp"/>: a department, type, owner or date that
/// is no valid choice is shown beside its field, together with what the rules still find (every error at once).
/// </summary>
internal static class ExternalFollowUpInput
{
    public static CommandRead<RecordExternalFollowUp> Read(CardTurn card, DateOnly today)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var department = card.Value(ExternalCommunicationFields.Department) is { } d ? card.Organisation.FindDepartment(d) : null;
        if (department is null)
        {
            errors[ExternalCommunicationFields.Department] = new("ExternalCommunication.Validation.Required");
        }

        if (!Enum.TryParse<CounterpartKind>(card.Value(ExternalCommunicationFields.Kind), out var kind) || !Enum.IsDefined(kind))
        {
            errors[ExternalCommunicationFields.Kind] = new("ExternalCommunication.Validation.Required");
        }

        var command = new RecordExternalFollowUp(
            department?.Id ?? "",
            kind,
            card.Value(ExternalCommunicationFields.Counterpart),
            card.Value(ExternalCommunicationFields.Note),
            card.Value(ExternalCommunicationFields.Owner),
            Day(card.Value(ExternalCommunicationFields.Date)));
        if (errors.Count > 0)
        {
            ExternalFollowUpMachine.Check(errors, command, card.Organisation, today);
            return CommandRead.Errors<RecordExternalFollowUp>(errors);
        }

        return command;
    }

    public static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
