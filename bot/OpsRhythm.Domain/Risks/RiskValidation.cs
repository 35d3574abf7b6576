using System.Globalization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Risks;

/// <summary>
/// Turns a <see cref="RiskDraft"/> into a <see cref="Risk"/>, or field errors keyed by the card's input
/// ids. Each strategy needs its own details: avoid and reduce an action with an owner, transfer the
/// counterparty, accept a review date; a linked indicator needs thresholds that respect its direction.
/// </summary>
public static class RiskValidation
{
    public static (Risk? Risk, IReadOnlyDictionary<string, FieldError> Errors) Validate(
        RiskDraft draft, OrganisationProfile organisation, IndicatorCatalog catalog, string id, Person actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var department = draft.DepartmentId is { } d ? organisation.FindDepartment(d) : null;
        if (department is null)
        {
            errors[RiskFields.Department] = new("Risks.Validation.Required");
        }

        var category = ParseEnum<RiskCategory>(draft.Category, RiskFields.Category, errors);
        var description = draft.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors[RiskFields.Description] = new("Risks.Validation.Required");
        }

        var likelihood = ParseRating(draft.Likelihood, RiskFields.Likelihood, errors);
        var impact = ParseRating(draft.Impact, RiskFields.Impact, errors);
        var strategy = ParseEnum<ResponseStrategy>(draft.Strategy, RiskFields.Strategy, errors);
        var owner = draft.OwnerPersonId is { } o ? organisation.FindPerson(o) : null;
        if (owner is null)
        {
            errors[RiskFields.Owner] = new("Risks.Validation.Required");
        }

        var actions = new List<RiskAction>();
        DateOnly? review = null;
        if (!string.IsNullOrWhiteSpace(draft.ReviewDate))
        {
            if (DateOnly.TryParseExact(draft.ReviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r))
            {
                review = r;
            }
            else
            {
                errors[RiskFields.ReviewDate] = new("Risks.Validation.BadDate");
            }
        }

        switch (strategy)
        {
            case ResponseStrategy.Avoid or ResponseStrategy.Reduce:
                if (string.IsNullOrWhiteSpace(draft.ActionText))
                {
                    errors[RiskFields.ActionText] = new("Risks.Validation.ActionRequired");
                }

                if (draft.ActionOwnerPersonId is not { } ao || organisation.FindPerson(ao) is null)
                {
                    errors[RiskFields.ActionOwner] = new("Risks.Validation.ActionOwnerRequired");
                }
                else if (!string.IsNullOrWhiteSpace(draft.ActionText))
                {
                    actions.Add(new RiskAction(draft.ActionText.Trim(), ao));
                }

                break;
            case ResponseStrategy.Transfer when string.IsNullOrWhiteSpace(draft.Counterparty):
                errors[RiskFields.Counterparty] = new("Risks.Validation.CounterpartyRequired");
                break;
            case ResponseStrategy.Accept when review is null && !errors.ContainsKey(RiskFields.ReviewDate):
                errors[RiskFields.ReviewDate] = new("Risks.Validation.ReviewDateRequired");
                break;
        }

        if (review is { } rd && rd < DateOnly.FromDateTime(now.UtcDateTime))
        {
            errors[RiskFields.ReviewDate] = new("Risks.Validation.DateInPast");
        }

        TextLimit.Check(errors, RiskFields.Description, draft.Description, RiskLimits.Description);
        TextLimit.Check(errors, RiskFields.ActionText, draft.ActionText, RiskLimits.Action);
        TextLimit.Check(errors, RiskFields.Counterparty, draft.Counterparty, RiskLimits.Counterparty);
        if (review is { } late && late > DateBounds.Latest(DateOnly.FromDateTime(now.UtcDateTime)))
        {
            errors[RiskFields.ReviewDate] = DateBounds.OutOfRange(DateOnly.FromDateTime(now.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime));
        }

        var link = ParseLink(draft, catalog, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Risk(id, department!.Id, category!.Value, description!, likelihood!.Value, impact!.Value)
        {
            Strategy = strategy!.Value,
            OwnerPersonId = owner!.Id,
            Actions = actions,
            Counterparty = strategy == ResponseStrategy.Transfer ? draft.Counterparty!.Trim() : null,
            ReviewDate = review,
            IndicatorLinks = link is null ? [] : [link],
            CreatedBy = actor.Id,
            CreatedAt = now,
        }, errors);
    }

    private static IndicatorLink? ParseLink(RiskDraft draft, IndicatorCatalog catalog, Dictionary<string, FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(draft.IndicatorId))
        {
            return null;
        }

        var indicator = catalog.Find(draft.IndicatorId);
        if (indicator is null)
        {
            errors[RiskFields.Indicator] = new("Risks.Validation.Required");
            return null;
        }

        double? warning = ParseThreshold(draft.WarningThreshold, RiskFields.Warning, errors);
        double? critical = ParseThreshold(draft.CriticalThreshold, RiskFields.Critical, errors);
        if (warning is null && critical is null && !errors.ContainsKey(RiskFields.Warning) && !errors.ContainsKey(RiskFields.Critical))
        {
            errors[RiskFields.Warning] = new("Risks.Validation.ThresholdRequired");
            return null;
        }

        // The critical threshold lies beyond the warning one in the bad direction.
        if (warning is { } w && critical is { } c && !indicator.IsAtLeastAsGood(w, c))
        {
            errors[RiskFields.Critical] = new(indicator.Direction == IndicatorDirection.HigherIsBetter
                ? "Risks.Validation.CriticalBelowWarning"
                : "Risks.Validation.CriticalAboveWarning");
            return null;
        }

        var span = warning is { } w2 && critical is { } c2 ? Math.Abs(w2 - c2) : Math.Abs(warning ?? critical ?? 0);
        return new IndicatorLink(indicator.Id, warning, critical) { RecoveryMargin = Math.Round(span * 0.1, 4) };
    }

    private static double? ParseThreshold(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IndicatorCsv.TryParseNumber(text, out var value))
        {
            return value;
        }

        errors[field] = new("Risks.Validation.NotANumber");
        return null;
    }

    private static int? ParseRating(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && RiskAssessment.IsValidRating(value))
        {
            return value;
        }

        errors[field] = new("Risks.Validation.Rating");
        return null;
    }

    private static T? ParseEnum<T>(string? text, string field, Dictionary<string, FieldError> errors)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        errors[field] = new("Risks.Validation.Required");
        return null;
    }
}
