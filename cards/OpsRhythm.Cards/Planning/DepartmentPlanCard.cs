using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// A department's plan as a summary (each section capped, edited one section at a time) with the
/// buttons the viewer may use: the head edits and submits, the ops office accepts or returns, after
/// publication the head updates progress or asks for an adjustment.
/// </summary>
public static class DepartmentPlanCard
{
    public static AdaptiveCard Build(DepartmentPlanView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var plan = view.Plan;
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.PlanTitle", PlanNames.Department(view.Organisation, plan.DepartmentId, text), PlanNames.Cycle(view.Cycle, text))),
            PlanCardParts.Subtle(PlanNames.IsPublished(view.Cycle, plan)
                ? text.Format("Planning.PlanPublishedSubtitle", PlanNames.State(view.Cycle, plan, text), plan.Revision, DisplayTime.Moment(view.Cycle.PublishedAt!.Value, view.Organisation, text))
                : text.Format("Planning.PlanSubtitle", PlanNames.Of(plan.State, text), plan.Revision, PlanNames.Date(view.Cycle.DueDate, text))),
        };
        body.AddRange(PlanCardParts.Notice(view.Notice));
        body.AddRange(PlanCardParts.Refusal(view.Rejection is { } rejection ? RejectionText.Describe(rejection, text, view.Organisation) : null));
        if (plan.State == DepartmentPlanState.Returned && plan.ReturnComment is { } comment)
        {
            body.AddRange(PlanCardParts.Notice(text.Format("Planning.ReturnedWith", comment), ContainerStyle.Attention, "returned-comment"));
        }

        body.AddRange(Context(view, text));
        body.AddRange(PlanCardParts.Targets(plan.Content.Targets, text));
        body.AddRange(PlanCardParts.Error(view.Rejection, PlanFields.Targets, text));
        body.AddRange(PlanCardParts.Tasks(plan.Content.Tasks, view.Organisation, text));
        body.AddRange(PlanCardParts.Error(view.Rejection, PlanFields.Tasks, text));
        body.AddRange(PlanCardParts.Resources(plan.Content, text));
        body.AddRange(PlanCardParts.Risks(plan.Content.Risks, text));
        if (plan.ApprovedContent is { } approved && plan.UnapprovedAdjustment is not null)
        {
            body.AddRange(PlanCardParts.Changes(PlanDiff.Between(approved, plan.Content, PlanCardParts.DiffNames(view.Organisation, text)), text));
        }

        body.AddRange(Buttons(view, text));
        return new AdaptiveCard(body) { FallbackText = text.Format("Planning.PlanTitle", PlanNames.Department(view.Organisation, plan.DepartmentId, text), PlanNames.Cycle(view.Cycle, text)) };
    }

    private static IEnumerable<CardElement> Context(DepartmentPlanView view, Localizer text)
    {
        if (view.Cycle.Guidelines is { } guidelines)
        {
            yield return PlanCardParts.Heading(text["Planning.Guidelines"]);
            yield return new TextBlock(guidelines) { MaxLines = 6 };
        }

        if (view.Plan.OpenAdjustment is { } adjustment)
        {
            yield return new Container([new TextBlock(text.Format("Planning.AdjustmentNotice", PlanNames.Of(adjustment.Reason, text), adjustment.Explanation))]) { Style = ContainerStyle.Accent };
        }

        if (view.AnnualTargets.Count > 0)
        {
            foreach (var element in PlanCardParts.Targets(view.AnnualTargets, text, text["Planning.AnnualTargets"]))
            {
                yield return element;
            }
        }

        if (view.PreviousCompletionPercent is { } previous)
        {
            yield return PlanCardParts.Subtle(text.Format("Planning.PreviousCompletion", previous));
        }
    }

    private static IEnumerable<CardElement> Buttons(DepartmentPlanView view, Localizer text)
    {
        var id = view.EntityId;
        var v = view.ETag;
        if (view.ViewerIsHead && view.IsEditable)
        {
            yield return new ActionSet(Enum.GetValues<PlanSection>()
                .Select(s => (CardAction)ActionData.Execute(text[$"Planning.Edit.{s}"], PlanVerbs.Edit, id, v, Section(s)))
                .ToList());
            yield return new ActionSet([ActionData.Execute(text["Planning.SubmitButton"], PlanVerbs.Submit, id, v) with { Style = ActionStyle.Positive }]);
        }

        if (view.ViewerIsOps && view.IsReviewable)
        {
            foreach (var element in FieldInput.With(new InputText { Id = PlanFields.Comment, Label = text["Planning.ReviewComment"], IsMultiline = true, MaxLength = PlanLimits.Comment }, view.Rejection, text))
            {
                yield return element;
            }

            var review = new List<CardAction>();
            if (view.Plan.State == DepartmentPlanState.Submitted)
            {
                review.Add(ActionData.Execute(text["Planning.AcceptButton"], PlanVerbs.Accept, id, v) with { Style = ActionStyle.Positive });
            }

            review.Add(ActionData.Execute(text["Planning.ReturnButton"], PlanVerbs.Return, id, v) with { Style = ActionStyle.Destructive });
            yield return new ActionSet(review);
        }

        var more = new List<CardAction>();
        if (view.ViewerIsHead && view.Cycle.State == PlanCycleState.Published && view.Plan.State == DepartmentPlanState.Accepted)
        {
            more.Add(ActionData.Execute(text["Planning.UpdateProgressButton"], PlanVerbs.Tasks, id, v));
            if (PlanningRules.AllowsAdjustment(view.Cycle.Kind))
            {
                more.Add(new ShowCardAction(AdjustmentForm(view, text)) { Title = text["Planning.AdjustButton"] });
            }
        }

        more.Add(ActionData.Execute(text["Planning.HistoryButton"], PlanVerbs.History, id, v));
        if (view.Viewer is not null)
        {
            yield return new ActionSet(more);
        }
    }

    private static AdaptiveCard AdjustmentForm(DepartmentPlanView view, Localizer text)
    {
        var reasons = Enum.GetValues<AdjustmentReason>().Select(r => new Choice(PlanNames.Of(r, text), r.ToString())).ToList();
        return new AdaptiveCard(
        [
            new InputChoiceSet(reasons) { Id = PlanFields.Reason, Label = text["Planning.Field.Reason"], Value = nameof(AdjustmentReason.MarketChange), IsRequired = true, ErrorMessage = text["Planning.Error.Required"] },
            new InputText { Id = PlanFields.Comment, Label = text["Planning.Field.Explanation"], IsMultiline = true, MaxLength = PlanLimits.Comment, IsRequired = true, ErrorMessage = text["Planning.Error.Required"] },
        ])
        {
            Actions = [ActionData.Execute(text["Planning.AdjustSubmitButton"], PlanVerbs.Adjust, view.EntityId, view.ETag)],
            MsTeams = null,
        };
    }

    private static Dictionary<string, string> Section(PlanSection section) => new(StringComparer.Ordinal) { [PlanVerbs.SectionKey] = section.ToString() };
}
