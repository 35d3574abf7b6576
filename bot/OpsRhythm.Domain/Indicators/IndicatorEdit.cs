using System.Text.RegularExpressions;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The ops office's catalog edit as typed on the card (every value a string): pick "new" and give an
/// id, or pick an existing indicator to change it in place.
/// </summary>
public sealed partial record IndicatorEdit(string? Selected, string? NewId, string? NameZh, string? NameEn, string? Group, string? Unit, string? Direction, string? Frequency)
{
    public const string NewChoice = "new";

    /// <summary>The id of the indicator this edit adds or changes, as typed or picked (valid once <see cref="Validate"/> accepts it).</summary>
    public string? IndicatorId => string.IsNullOrWhiteSpace(Selected) || Selected == NewChoice ? NewId?.Trim() : Selected;

    /// <summary>The indicator to put in <paramref name="catalog"/>, or the field errors keyed by input id.</summary>
    public Decision<Indicator> Validate(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        string? id = null;
        if (string.IsNullOrWhiteSpace(Selected) || Selected == NewChoice)
        {
            id = NewId?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                errors[IndicatorFields.NewId] = new("Indicators.Validation.Required");
            }
            else if (!IdPattern().IsMatch(id))
            {
                errors[IndicatorFields.NewId] = new("Indicators.Validation.BadId");
            }
        }
        else if (catalog.Indicators.FirstOrDefault(i => i.Id == Selected) is { } existing)
        {
            id = existing.Id;
        }
        else
        {
            errors[IndicatorFields.Indicator] = new("Indicators.Validation.Required");
        }

        Require(errors, IndicatorFields.NameZh, NameZh);
        Require(errors, IndicatorFields.NameEn, NameEn);
        Require(errors, IndicatorFields.Unit, Unit);
        TextLimit.Check(errors, IndicatorFields.NewId, NewId?.Trim(), IndicatorLimits.Id);
        TextLimit.Check(errors, IndicatorFields.NameZh, NameZh?.Trim(), IndicatorLimits.NameZh);
        TextLimit.Check(errors, IndicatorFields.NameEn, NameEn?.Trim(), IndicatorLimits.NameEn);
        TextLimit.Check(errors, IndicatorFields.Unit, Unit?.Trim(), IndicatorLimits.Unit);
        var group = ParseEnum<IndicatorGroup>(errors, IndicatorFields.Group, Group);
        var direction = ParseEnum<IndicatorDirection>(errors, IndicatorFields.Direction, Direction);
        var frequency = ParseEnum<IndicatorFrequency>(errors, IndicatorFields.Frequency, Frequency);
        if (errors.Count > 0)
        {
            return Decision.Reject<Indicator>(Rejection.Invalid(errors));
        }

        return Decision.Accept(new Indicator(id!, new LocalizedText(NameZh!.Trim(), NameEn!.Trim()), group, Unit!.Trim(), direction, frequency));
    }

    private static void Require(Dictionary<string, FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = new("Indicators.Validation.Required");
        }
    }

    // Enum.TryParse alone would accept numbers such as "7"; only the defined names are valid choices.
    private static T ParseEnum<T>(Dictionary<string, FieldError> errors, string field, string? value)
        where T : struct, Enum
    {
        if (value is not null && Enum.GetNames<T>().Contains(value, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(value);
        }

        errors[field] = new("Indicators.Validation.Required");
        return default;
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
