using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// Submit (or edit until the deadline) and skip on the weekly status card. Progress reported on the
/// monthly plan's tasks then goes into the plan's tracking.
/// </summary>
internal sealed class WeeklyStatusCardHandler(WeeklyStatusReports reports, MonthlyPlanTracking planTracking, ChangeWriter writer, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [WeeklyStatusVerbs.Submit] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice, ReportDepartment),
        [WeeklyStatusVerbs.Skip] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice, ReportDepartment),
    };

    private static string? ReportDepartment(CardActionRequest request) => request.EntityId?.Split('|') is [_, var departmentId] ? departmentId : null;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        if (request.EntityId?.Split('|') is not [var week, var departmentId]
            || await reports.FindAsync(week, departmentId, cancellationToken) is not { } stored)
        {
            return CardAnswers.NotFound(card);
        }

        var actor = card.Actor;
        var now = clock.UtcNow;
        var planTasks = await planTracking.TasksAsync(stored.Value, turn.Organisation, cancellationToken);

        // A card drawn from an older version (someone else saved since) answers with the current report.
        // Proactive cards carry no version: the ETag-guarded write below still refuses a lost update.
        if (request.Version is { } version && version != stored.ETag)
        {
            return Current(turn, stored, planTasks, now, turn.Text["WeeklyStatus.Stale"]);
        }

        var decision = request.Verb == WeeklyStatusVerbs.Skip
            ? WeeklyStatusMachine.Skip(stored.Value, actor, turn.Organisation, request.Value(WeeklyStatusFields.SkipReason), now)
            : WeeklyStatusMachine.Submit(stored.Value, actor, turn.Organisation, Input(request, stored.Value, planTasks), now);
        if (decision.Rejection is { } rejection)
        {
            return rejection.Reason switch
            {
                RejectionReason.RoleNotAllowed => CardAnswers.Forbidden(card, rejection),
                RejectionReason.InvalidInput => CardActionResult.ShowCard(WeeklyStatusFormCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, now, RejectionText.Describe(rejection, turn.Text), rejection, request.Data, planTasks)),
                _ => Current(turn, stored, planTasks, now, null),
            };
        }

        StoredDocument<WeeklyStatusReport> saved;
        try
        {
            saved = await writer.CommitAsync(
                new Change<WeeklyStatusReport>(StorageContainers.Status, stored.Key, decision.State!, stored.ETag)
                {
                    Audit = AuditTrail.Of(nameof(WeeklyStatusReport), stored.Key.ToString(), decision, actor.Id, now),
                },
                cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            var current = await reports.FindAsync(week, departmentId, cancellationToken) ?? stored;
            return Current(turn, current, planTasks, now, turn.Text["WeeklyStatus.Stale"]);
        }

        var tracking = await planTracking.UpdateAsync(saved.Value, actor, turn.Organisation, now, cancellationToken);
        if (tracking == PlanTrackingOutcome.Updated)
        {
            planTasks = await planTracking.TasksAsync(saved.Value, turn.Organisation, cancellationToken);
        }

        // The card's own state line already says "skipped: reason"; a late answer gets the closed card,
        // which has no state line, so lateness is said here once.
        var late = saved.Value.Late && saved.Value.State == ReportState.Submitted ? turn.Text["WeeklyStatus.SubmittedLate"] : null;
        var notice = string.Join(turn.Text.IsEnglish ? " " : string.Empty, new[] { late, TrackingNotice(turn, tracking) }.OfType<string>());
        return CardActionResult.ShowCard(WeeklyStatusFormCard.Build(saved.Value, saved.ETag, turn.Organisation, turn.Text, now, notice.Length == 0 ? null : notice, planTasks: planTasks));
    }

    private static string? TrackingNotice(Turn turn, PlanTrackingOutcome outcome) => outcome switch
    {
        PlanTrackingOutcome.Updated => turn.Text["WeeklyStatus.PlanUpdated"],
        PlanTrackingOutcome.NotAllowed => turn.Text["WeeklyStatus.PlanNotAllowed"],
        PlanTrackingOutcome.Conflict => turn.Text["WeeklyStatus.PlanConflict"],
        _ => null,
    };

    private static CardActionResult Current(Turn turn, StoredDocument<WeeklyStatusReport> stored, IReadOnlyList<PlanTask> planTasks, DateTimeOffset now, string? notice) =>
        CardActionResult.ShowCard(WeeklyStatusFormCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, now, notice, planTasks: planTasks));

    /// <summary>
    /// The rows as typed: rows task0… up to the plan task ids the card was drawn with are those plan
    /// tasks (titled as the plan names them now), the rest are free-form.
    /// </summary>
    private static StatusInput Input(CardActionRequest request, WeeklyStatusReport report, IReadOnlyList<PlanTask> planTasks)
    {
        var planIds = (request.Value(WeeklyStatusFormCard.PlanTasksKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string Title(string id) => planTasks.FirstOrDefault(t => t.Id == id)?.Title ?? report.Tasks.FirstOrDefault(t => t.PlanTaskId == id)?.Title ?? string.Empty;
        TaskInput Row(int i) => new(request.Value($"task{i}.title") ?? string.Empty, request.Value($"task{i}.percent") ?? string.Empty, request.Value($"task{i}.health") ?? string.Empty);
        var rows = planIds.Select((id, i) => Row(i) with { Title = Title(id), PlanTaskId = id })
            .Concat(Enumerable.Range(planIds.Length, WeeklyStatusFormCard.MaxRows).Select(Row))
            .ToList();
        return new StatusInput(rows, request.Value(WeeklyStatusFields.Highlights), request.Value(WeeklyStatusFields.Problems), request.Value(WeeklyStatusFields.HelpFrom), request.Value(WeeklyStatusFields.HelpNeeded));
    }
}
