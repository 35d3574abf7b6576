using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>Reads the minutes card's form into typed commands; what they mean (owner known, deadline ahead, limits) is the machine's.</summary>
internal static class MinutesInput
{
    public static CommandRead<RecordActionItem> Item(CardTurn card)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var deadline = Day(card.Value(ActionItemFields.Deadline));
        if (deadline is null)
        {
            errors[ActionItemFields.Deadline] = new("Minutes.Validation.BadDate");
        }

        if (card.Value(ActionItemFields.Owner) is null)
        {
            errors[ActionItemFields.Owner] = new("Minutes.Validation.Owner");
        }

        if (card.Value(ActionItemFields.Text) is null)
        {
            errors[ActionItemFields.Text] = new("Minutes.Validation.Required");
        }

        if (errors.Count > 0)
        {
            return CommandRead.Errors<RecordActionItem>(errors);
        }

        var link = card.Value(ActionItemFields.Department) is { } department ? new ActionItemLink(ActionItemLinkKind.Department, department) : null;
        return new RecordActionItem(card.Value(ActionItemFields.Text)!, card.Value(ActionItemFields.Owner)!, deadline!.Value, link);
    }

    public static CommandRead<RecordDecision> Decision(CardTurn card) =>
        card.Value(ActionItemFields.Decision) is { } text
            ? new RecordDecision(text, card.Value(ActionItemFields.Department))
            : CommandRead.Error<RecordDecision>(ActionItemFields.Decision, new FieldError("Minutes.Validation.Required"));

    public static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
