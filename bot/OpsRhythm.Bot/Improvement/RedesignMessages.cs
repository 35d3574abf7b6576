using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Who hears of a redesign project, committed with the change: when it starts, every step owner learns which
/// steps are theirs; when a step is done, the next step's owner that it is their turn; when the evaluation step
/// comes, the heads of the departments concerned are asked for their assessment. Each in their own language,
/// with the project card they act on; nobody is told of what they just did themselves.
/// </summary>
internal static class RedesignMessages
{
    public static IReadOnlyList<OutboxMessage> Started(CardTurn card, ChangeMade<RedesignProject> made, DateOnly today)
    {
        var project = made.After;
        return [.. project.Steps.GroupBy(s => s.OwnerPersonId)
            .Where(g => g.Key != card.Actor.Id)
            .Select(g => To(card, made, today, g.Key, $"assigned:{g.Key}", text => text.Format("Improvement.Notify.Assigned", string.Join(text["Improvement.Notify.ListSeparator"], g.Select(s => StepText(s, text)))), null))
            .OfType<OutboxMessage>()];
    }

    public static IReadOnlyList<OutboxMessage> StepDone(CardTurn card, ChangeMade<RedesignProject> made, DateOnly today)
    {
        if (made.After.CurrentStep is not { } next || made.Before?.CurrentStep?.Kind == next.Kind)
        {
            return [];
        }

        var messages = new List<OutboxMessage?>();
        if (next.OwnerPersonId != card.Actor.Id)
        {
            messages.Add(To(card, made, today, next.OwnerPersonId, $"turn:{next.Kind}", text => text.Format("Improvement.Notify.YourTurn", StepText(next, text)), null));
        }

        if (next.Kind == RedesignStepKind.Evaluation)
        {
            foreach (var departmentId in made.After.DepartmentIds)
            {
                if (card.Organisation.FindDepartment(departmentId)?.HeadPersonId is { } head && head != card.Actor.Id)
                {
                    messages.Add(To(card, made, today, head, $"evaluate:{departmentId}", text => text["Improvement.Notify.Evaluate"], departmentId));
                }
            }
        }

        return [.. messages.OfType<OutboxMessage>()];
    }

    private static OutboxMessage? To(CardTurn card, ChangeMade<RedesignProject> made, DateOnly today, string personId, string what, Func<Cards.Localization.Localizer, string> notice, string? evaluatingDepartmentId)
    {
        if (card.Organisation.FindPerson(personId) is not { } person)
        {
            return null;
        }

        var text = card.Turn.Languages.For(person);
        var shown = RedesignProjectCard.Build(made.After, "notified", card.Organisation, text, today, notice: notice(text), evaluatingDepartmentId: evaluatingDepartmentId);
        return OutboxMessage.Create(OutboxTarget.Person(person.Id), ActivityFactory.Card(CardJson.ToElement(shown), shown.FallbackText), $"{made.After.Id}:{what}", made.At);
    }

    private static string StepText(RedesignStep step, Cards.Localization.Localizer text) =>
        text.Format("Improvement.Notify.Step", text[$"Improvement.Step.{step.Kind}"], DisplayTime.Date(step.Due, text));
}
