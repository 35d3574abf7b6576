using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The targets card's save, judged: the head of the department or the ops office may set the targets
/// of one department and period; each field "target-{indicator}" holds a number, or nothing for no
/// target. Only what differs from the stored target is written; a figure typed over a plan's target
/// makes it an entered one (which a later plan approval keeps).
/// </summary>
public static class TargetEdit
{
    public static string FieldFor(string indicatorId) => "target-" + indicatorId;

    public static TargetEditResult Decide(
        Person actor, OrganisationProfile organisation, string departmentId, Period period, IEnumerable<Indicator> indicators,
        IReadOnlyDictionary<string, string> typed, IReadOnlyList<IndicatorTarget> existing, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(existing);
        if (IndicatorAccess.CheckEnterFigures(actor, organisation, departmentId) is { } refused)
        {
            return new TargetEditResult(refused, [], []);
        }

        var periodText = period.ToString();
        var current = existing.Where(t => t.Period == periodText).ToDictionary(t => t.IndicatorId, StringComparer.Ordinal);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var put = new List<IndicatorTarget>();
        var remove = new List<IndicatorTarget>();
        foreach (var indicator in indicators.Where(i => i.Frequency == period.Frequency))
        {
            var field = FieldFor(indicator.Id);
            current.TryGetValue(indicator.Id, out var target);
            var text = typed.TryGetValue(field, out var t) ? t.Trim() : string.Empty;
            if (text.Length == 0)
            {
                if (target is not null)
                {
                    remove.Add(target);
                }
            }
            else if (!IndicatorCsv.TryParseNumber(text, out var value))
            {
                errors[field] = new FieldError("Indicators.Validation.NotANumber");
            }
            else if (target is null || target.Value != value)
            {
                put.Add(IndicatorTarget.Entered(departmentId, indicator.Id, periodText, value, target, actor.Id, at));
            }
        }

        return errors.Count > 0
            ? new TargetEditResult(Rejection.Invalid(errors), [], [])
            : new TargetEditResult(null, put, remove);
    }
}
