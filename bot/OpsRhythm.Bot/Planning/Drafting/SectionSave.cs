using System.Globalization;
using OpsRhythm.Bot.Planning.Tracking;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// plan.save as a pipeline verb: one section stored as a draft. Errors the card's inputs could not be
/// read into and the Domain's field errors are shown together under their rows, with what was typed kept;
/// a stale click shows the section again with what was typed; the save-and-next-page button shows the
/// next page once saved.
/// </summary>
internal static class SectionSave
{
    public static StateChange<DepartmentPlan, DepartmentPlanCommand> Of(CardTurn card, PlanWorkflow workflow, PlanLoad loaded, PlanSection section, int page)
    {
        ParsedSection? parsed = null;
        var plain = workflow.PlanChange(card, loaded, plan =>
        {
            parsed = PlanSectionForm.Parse(section, card.Request, plan.Content);
            var members = card.Organisation.MembersOf(plan.DepartmentId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            return new SaveDraftCommand(parsed.Content, members, workflow.Clock.UtcNow);
        });
        return plain with
        {
            Decide = (plan, command) => OnCardRows(plain.Decide(plan, command), parsed!),
            Show = async (stored, note, ct) =>
            {
                if (note.Rejection is { Reason: RejectionReason.WrongState } || (note.Rejection is null && stored.ETag != loaded.Context.Plan.ETag && Goto(card) is null))
                {
                    return await workflow.ShowPlanAsync(card, loaded, stored, note, ct);
                }

                var context = new PlanContext(loaded.Context.Cycle, stored);
                return note.Rejection is { } rejection ? Section(card, context, section, page, rejection, card.Request.Data)
                    : stored.ETag != loaded.Context.Plan.ETag ? Section(card, context, section, Goto(card) ?? page, null, null)
                    : Section(card, context, section, page, new Rejection(RejectionReason.StaleVersion), card.Request.Data);
            },
            Messages = made => TaskAssignmentNotices.For(card, loaded.Cycle, made),
            Done = _ => card.Text["Planning.Msg.Saved"],
        };
    }

    public static CardActionResult Section(CardTurn card, PlanContext context, PlanSection section, int page, Rejection? rejection, IReadOnlyDictionary<string, string>? typed)
    {
        var view = new PlanSectionView(context.Cycle.Value, context.Plan.Value, context.Plan.ETag, card.Organisation, section) { Rejection = rejection, Typed = typed };
        return CardActionResult.ShowCard(PlanSectionCard.Build(view with { Page = Math.Clamp(page, 0, view.PageCount - 1) }, card.Text));
    }

    /// <summary>The Domain's field errors moved to the card rows they came from, with the errors of reading the inputs.</summary>
    private static Decision<DepartmentPlan> OnCardRows(Decision<DepartmentPlan> decision, ParsedSection parsed)
    {
        if (decision.Rejection is { } rejection && (CardAnswers.IsAboutWhoActs(rejection) || rejection.Reason == RejectionReason.WrongState))
        {
            return decision;
        }

        var errors = new Dictionary<string, FieldError>(parsed.OnCardRows(decision.Rejection?.FieldErrors ?? new Dictionary<string, FieldError>()), StringComparer.Ordinal);
        foreach (var (key, error) in parsed.Errors)
        {
            errors[key] = error;
        }

        return errors.Count > 0 ? Decision.Reject<DepartmentPlan>(Rejection.Invalid(errors)) : decision;
    }

    private static int? Goto(CardTurn card) =>
        int.TryParse(card.Value(PlanSectionCard.GotoKey), CultureInfo.InvariantCulture, out var next) ? next : null;
}
