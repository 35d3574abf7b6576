using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// The tracking form: status, progress and a note on each task of the published plan, a page at a time;
/// the head (or deputy) sees every task, a task owner (责任人) only their own (<c>ownerOnly</c>).
/// </summary>
public static class TaskProgressCard
{
    public const int PageSize = 10;
    public const string TaskIdsKey = "tasks";

    /// <summary>The page to show once this page's values are saved (the save-and-next-page button).</summary>
    public const string GotoKey = "goto";

    public static string StatusId(string taskId) => $"task.{taskId}.status";

    public static string ProgressId(string taskId) => $"task.{taskId}.progress";

    public static string NoteId(string taskId) => $"task.{taskId}.note";

    public static AdaptiveCard Build(PlanCycle cycle, DepartmentPlan plan, string etag, OrganisationProfile organisation, Localizer text, int page = 0, Rejection? rejection = null, string? notice = null, string? ownerOnly = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var tasks = plan.Content.Tasks.Where(t => ownerOnly is null || t.OwnerPersonId == ownerOnly).OrderBy(t => t.DueDate).ToList();
        var pages = Math.Max(1, (tasks.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var shown = tasks.Skip(page * PageSize).Take(PageSize).ToList();
        var statuses = Enum.GetValues<PlanTaskStatus>().Select(s => new Choice(PlanNames.Of(s, text), s.ToString())).ToList();
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.TasksTitle", PlanNames.Department(organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text))),
            PlanCardParts.Subtle(text.Format("Planning.PageOf", page + 1, pages)),
        };
        body.AddRange(PlanCardParts.Notice(notice, ContainerStyle.Good));
        body.AddRange(PlanCardParts.Refusal(rejection is null ? null : RejectionText.Describe(rejection, text)));
        foreach (var task in shown)
        {
            var items = new List<CardElement>
            {
                new TextBlock(text.Format("Planning.TaskLine", task.Title, PlanNames.Person(organisation, task.OwnerPersonId, text), PlanNames.Date(task.DueDate, text))) { Weight = TextWeight.Bolder },
                new InputChoiceSet(statuses) { Id = StatusId(task.Id), Label = text["Planning.Field.Status"], Value = task.Status.ToString() },
            };
            items.AddRange(FieldInput.With(new InputNumber { Id = ProgressId(task.Id), Label = text["Planning.Field.Progress"], Value = task.ProgressPercent, Min = 0, Max = 100 }, rejection, text));
            items.AddRange(FieldInput.With(new InputText { Id = NoteId(task.Id), Label = text["Planning.Field.ProgressNote"], Value = task.ProgressNote, MaxLength = PlanLimits.ProgressNote, IsMultiline = true }, rejection, text));
            if (LastReport(task, organisation, text) is { } last)
            {
                items.Add(PlanCardParts.Subtle(last));
            }
            body.Add(new Container(items) { Separator = true });
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TaskIdsKey] = string.Join(',', shown.Select(t => t.Id)),
            [PlanVerbs.PageKey] = page.ToString(CultureInfo.InvariantCulture),
        };
        var id = PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId);
        var actions = new List<CardAction> { ActionData.Execute(text["Planning.SaveButton"], PlanVerbs.UpdateTasks, id, etag, data) with { Style = ActionStyle.Positive } };
        if (pages > 1)
        {
            // Paging saves this page first: what was typed on it is kept, not dropped with the card.
            var next = new Dictionary<string, string>(data, StringComparer.Ordinal) { [GotoKey] = ((page + 1) % pages).ToString(CultureInfo.InvariantCulture) };
            actions.Add(ActionData.Execute(text["Planning.SaveNextButton"], PlanVerbs.UpdateTasks, id, etag, next));
        }

        if (ownerOnly is null)
        {
            // An owner may not open the whole plan: the head owns it.
            actions.Add(ActionData.Execute(text["Planning.BackButton"], PlanVerbs.View, id, etag) with { AssociatedInputs = "none" });
        }

        if (tasks.Count == 0)
        {
            body.Add(PlanCardParts.Subtle(text["Planning.NoOwnTasks"]));
        }

        return new AdaptiveCard(body) { Actions = actions, FallbackText = text.Format("Planning.TasksTitle", PlanNames.Department(organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text)) };
    }

    /// <summary>"最近更新：孙浩，12月18日 10:30" under a task someone has reported on; null before any report.</summary>
    public static string? LastReport(PlanTask task, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(text);
        return task.ProgressBy is { } by && task.ProgressAt is { } at
            ? text.Format("Planning.LastReport", PlanNames.Person(organisation, by, text), DisplayTime.Moment(at, organisation, text))
            : null;
    }
}
