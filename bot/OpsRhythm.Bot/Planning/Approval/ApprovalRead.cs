using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// The approvers' decision as a typed command: the comment, and for an annual plan the company targets as
/// adjusted on the card (a target left as it was is kept; one that is not a number is shown beside its field).
/// </summary>
internal static class ApprovalRead
{
    public static CommandRead<PlanCycleCommand> Command(CardTurn card, PlanCycle cycle, CycleLoad loaded, bool approve, DateTimeOffset now)
    {
        var comment = card.Value(PlanFields.Comment);
        if (!approve)
        {
            return new SendBackCommand(comment, now);
        }

        var (targets, errors) = cycle.Kind == PlanKind.Annual ? AdjustedTargets(card, Company(loaded, cycle)) : ([], new Dictionary<string, FieldError>());
        return errors.Count > 0 ? CommandRead.Errors<PlanCycleCommand>(errors) : new ApproveCommand(comment, now) { AdjustedTargets = targets };
    }

    /// <summary>The company plan the approvers decide on (an empty one when the cycle was never consolidated).</summary>
    public static CompanyPlan Company(CycleLoad loaded, PlanCycle cycle) => loaded.Company ?? new CompanyPlan(cycle.CycleId);

    private static (IReadOnlyList<PlanTarget> Targets, IReadOnlyDictionary<string, FieldError> Errors) AdjustedTargets(CardTurn card, CompanyPlan company)
    {
        var found = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var targets = new List<PlanTarget>();
        foreach (var target in company.TargetTotals)
        {
            var id = PlanFields.AdjustedTarget(target.Metric);
            if (card.Value(id) is not { } typed)
            {
                targets.Add(target);
            }
            else if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                targets.Add(target with { Value = value });
            }
            else
            {
                found[id] = new FieldError("Planning.Error.NotANumber");
            }
        }

        return (targets.SequenceEqual(company.TargetTotals) ? [] : targets, found);
    }
}
