using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// Reads the inspection card into a <see cref="RecordInspection"/>: a department, date and rating that
/// are not valid choices are shown beside their fields, together with what the findings still need.
/// </summary>
internal static class InspectionInput
{
    public static CommandRead<RecordInspection> Read(CardTurn card, DateOnly today)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var department = card.Value(IndicatorFields.Department) is { } d ? card.Organisation.FindDepartment(d) : null;
        if (department is null)
        {
            errors[IndicatorFields.Department] = new("Indicators.Validation.Required");
        }

        var date = Day(card.Value(IndicatorFields.Date));
        if (date is null)
        {
            errors[IndicatorFields.Date] = new("Indicators.Validation.BadDate");
        }

        if (!Enum.TryParse<InspectionRating>(card.Value(IndicatorFields.Rating), out var rating) || !Enum.IsDefined(rating))
        {
            errors[IndicatorFields.Rating] = new("Indicators.Validation.Required");
        }

        var kind = Enum.TryParse<InspectionKind>(card.Value(IndicatorFields.Kind), out var k) && Enum.IsDefined(k) ? k : InspectionKind.OnSite;
        TextLimit.Check(errors, IndicatorFields.Findings, card.Value(IndicatorFields.Findings), IndicatorLimits.InspectionFindings);
        var findings = (card.Value(IndicatorFields.Findings) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var owner = card.Value(IndicatorFields.Owner) is { } o ? card.Organisation.FindPerson(o)?.Id : null;
        var deadline = Day(card.Value(IndicatorFields.Deadline));
        if (errors.Count > 0)
        {
            InspectionRecording.CheckFollowUp(errors, findings.Length, owner, deadline, today);
            return CommandRead.Errors<RecordInspection>(errors);
        }

        return new RecordInspection(department!.Id, date!.Value, kind, rating, findings, owner, deadline);
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
