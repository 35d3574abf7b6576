using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>Reads the inspection plan card into a <see cref="ScheduleInspection"/>; what cannot be read is shown beside its field with what the rules still find.</summary>
internal static class InspectionPlanInput
{
    public static CommandRead<ScheduleInspection> Read(CardTurn card, DateOnly today)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var department = card.Value(IndicatorFields.Department) is { } d ? card.Organisation.FindDepartment(d) : null;
        if (department is null)
        {
            errors[IndicatorFields.Department] = new("Indicators.Validation.Required");
        }

        var kind = Enum.TryParse<InspectionKind>(card.Value(IndicatorFields.Kind), out var k) && Enum.IsDefined(k) ? k : InspectionKind.OnSite;
        var date = DateOnly.TryParseExact(card.Value(IndicatorFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        var repeat = int.TryParse(card.Value(InspectionScheduleFields.Repeat), NumberStyles.None, CultureInfo.InvariantCulture, out var months) ? months : -1;
        var command = new ScheduleInspection(department?.Id ?? "", kind, date, card.Value(IndicatorFields.Owner), repeat);
        if (errors.Count > 0)
        {
            InspectionScheduling.Check(errors, card.Organisation, command, today);
            return CommandRead.Errors<ScheduleInspection>(errors);
        }

        return command;
    }
}
