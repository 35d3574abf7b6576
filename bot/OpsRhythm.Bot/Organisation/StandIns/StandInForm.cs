using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Organisation.StandIns;

/// <summary>The stand-in form's inputs as a typed command; a missing choice or a date that is not one is an error beside its field.</summary>
internal static class StandInForm
{
    public static CommandRead<StandInCommand> Read(CardTurn card, DateOnly today, DateTimeOffset now)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var principal = StandInAdministration.Parse(card.Value(StandInFields.For));
        if (principal is null)
        {
            errors[StandInFields.For] = new FieldError("StandIn.Error.Choose");
        }

        if (card.Verb == StandInVerbs.Remove)
        {
            return principal is { } end ? new RemoveStandIn(end.Kind, end.ForId) : CommandRead.Errors<StandInCommand>(errors);
        }

        var deputy = card.Value(StandInFields.Deputy);
        if (deputy is null)
        {
            errors[StandInFields.Deputy] = new FieldError("StandIn.Error.Choose");
        }

        var from = Date(card, StandInFields.From, errors);
        var until = Date(card, StandInFields.Until, errors);
        return errors.Count > 0
            ? CommandRead.Errors<StandInCommand>(errors)
            : new SetStandIn(principal!.Value.Kind, principal.Value.ForId, deputy!, from!.Value, until!.Value, today, now);
    }

    private static DateOnly? Date(CardTurn card, string field, Dictionary<string, FieldError> errors)
    {
        if (DateOnly.TryParseExact(card.Value(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = new FieldError("StandIn.Error.Date");
        return null;
    }
}
