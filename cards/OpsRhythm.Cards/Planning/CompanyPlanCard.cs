using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// The consolidated company plan: each department's state and size, summed targets, resource totals,
/// the highest risks and the conflicts to balance. The ops office gets its next step as buttons.
/// </summary>
public static class CompanyPlanCard
{
    public static AdaptiveCard Build(CompanyPlanView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var body = Summary(view, text).ToList();
        var actions = new List<CardAction>();
        if (view.ViewerIsOps)
        {
            var state = view.Cycle.State;
            if (state is PlanCycleState.Open or PlanCycleState.ReturnedToOps)
            {
                actions.Add(ActionData.Execute(text["Planning.ConsolidateButton"], PlanVerbs.Consolidate, view.Cycle.CycleId, view.CycleETag) with { Style = ActionStyle.Positive });
            }

            if (state == PlanCycleState.Consolidating)
            {
                actions.Add(ActionData.Execute(text["Planning.RequestApprovalButton"], PlanVerbs.RequestApproval, view.Cycle.CycleId, view.CycleETag) with { Style = ActionStyle.Positive });
            }

            if (state == PlanCycleState.Approved)
            {
                actions.Add(ActionData.Execute(text["Planning.PublishButton"], PlanVerbs.Publish, view.Cycle.CycleId, view.CycleETag) with { Style = ActionStyle.Positive });
            }
        }

        return new AdaptiveCard(body) { Actions = actions.Count > 0 ? actions : null, FallbackText = PlanNames.Cycle(view.Cycle, text) };
    }

    /// <summary>
    /// Why the last click was refused. The cycle's own error (plans still pending) is the whole story, so it
    /// replaces "correct the marked fields", which made no sense on a card without fields; pending
    /// departments are named.
    /// </summary>
    private static string? Refusal(CompanyPlanView view, Localizer text)
    {
        if (view.Rejection is not { } rejection)
        {
            return null;
        }

        if (!rejection.FieldErrors.TryGetValue(PlanFields.Period, out var error))
        {
            return RejectionText.Describe(rejection, text);
        }

        if (error.TextKey == "Planning.Error.PlansNotAccepted" && error.Arguments is [var count, string ids])
        {
            var names = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => PlanNames.Department(view.Organisation, id, text));
            return text.Format("Planning.Error.PlansNotAcceptedNamed", count, string.Join(text.IsEnglish ? ", " : "、", names));
        }

        return text.Format(error.TextKey, error.Arguments);
    }

    /// <summary>The parts the approval card shares with this one.</summary>
    public static IEnumerable<CardElement> Summary(CompanyPlanView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var company = view.Company;
        yield return PlanCardParts.Title(text.Format("Planning.CompanyTitle", PlanNames.Cycle(view.Cycle, text)));
        yield return PlanCardParts.Subtle(text.Format("Planning.CompanySubtitle", PlanNames.Of(view.Cycle.State, text), company.Departments.Count, company.TaskCount));
        foreach (var element in PlanCardParts.Notice(view.Notice)
            .Concat(PlanCardParts.Refusal(Refusal(view, text))))
        {
            yield return element;
        }

        if (view.Cycle.DecisionComment is { } comment)
        {
            yield return new Container([new TextBlock(text.Format("Planning.DecisionComment", comment))]) { Style = ContainerStyle.Accent };
        }

        yield return PlanCardParts.Heading(text["Planning.Departments"]);
        yield return PlanCardParts.Grid(
            [3, 2, 1, 1, 2],
            [text["Planning.Field.Department"], text["Planning.Field.Status"], text["Planning.Field.Tasks"], text["Planning.Field.Headcount"], text["Planning.Field.Budget"]],
            company.Departments.Select(d => (IReadOnlyList<string>)
            [
                PlanNames.Department(view.Organisation, d.DepartmentId, text),
                view.Today is { } today && SubmissionDeadline.IsOverdue(view.Cycle, d.State, today) ? text.Format("Planning.OverdueState", PlanNames.Of(d.State, text)) : PlanNames.Of(d.State, text),
                text.Format("Planning.TasksWithMilestones", d.Tasks, d.Milestones),
                d.Headcount.ToString(text.Culture),
                PlanNames.Number(d.Budget, text),
            ]));
        foreach (var element in PlanCardParts.Targets(company.EffectiveTargets, text, text["Planning.TargetTotals"]))
        {
            yield return element;
        }

        yield return new FactSet(
        [
            new Fact(text["Planning.Field.Headcount"], company.Headcount.ToString(text.Culture)),
            new Fact(text["Planning.Field.Budget"], PlanNames.Number(company.Budget, text)),
        ]);
        yield return PlanCardParts.Heading(text["Planning.TopRisks"]);
        yield return company.TopRisks.Count == 0
            ? PlanCardParts.Subtle(text["Planning.None"])
            : PlanCardParts.Grid(
                [2, 4, 1],
                [text["Planning.Field.Department"], text["Planning.Field.Risk"], text["Planning.Field.Level"]],
                company.TopRisks.Select(r => (IReadOnlyList<string>)[PlanNames.Department(view.Organisation, r.DepartmentId, text), r.Risk.Description, PlanNames.RiskLevel(r.Risk, text)]));
        yield return PlanCardParts.Heading(text["Planning.Conflicts"]);
        if (company.Conflicts.Count == 0)
        {
            yield return PlanCardParts.Subtle(text["Planning.NoConflicts"]);
        }

        foreach (var conflict in company.Conflicts.Take(PlanCardParts.SummaryRows))
        {
            var departments = string.Join(text.IsEnglish ? ", " : "、", conflict.DepartmentIds.Select(d => PlanNames.Department(view.Organisation, d, text)));
            var subject = conflict.Kind == ConflictKind.OwnerOverloaded ? PlanNames.Person(view.Organisation, conflict.Subject, text) : conflict.Subject;
            yield return new TextBlock(text.Format($"Planning.Conflict.{conflict.Kind}", subject, conflict.Count, departments)) { Color = TextColor.Warning };
        }
    }
}
