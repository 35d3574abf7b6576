using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// Submit (or edit until the deadline) and skip on the weekly status card, through the card pipeline.
/// Progress reported on the monthly plan's tasks then goes into the plan's tracking (<see cref="StatusCardAnswer.SavedAsync"/>).
/// </summary>
internal sealed class WeeklyStatusCardHandler(WeeklyStatusReports reports, MonthlyPlanTracking planTracking, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [WeeklyStatusVerbs.Submit] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice, ReportDepartment),
        [WeeklyStatusVerbs.Skip] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice, ReportDepartment),
    };

    private static string? ReportDepartment(CardActionRequest request) => request.EntityId?.Split('|') is [_, var departmentId] ? departmentId : null;

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Request.EntityId?.Split('|') is not [var week, var departmentId])
        {
            return Task.FromResult(CardAnswers.NotFound(card));
        }

        // The plan's tasks the card was drawn with name its plan rows; read with the report they belong to.
        IReadOnlyList<PlanTask> planTasks = [];
        var answer = new StatusCardAnswer(card, planTracking, pipeline.Clock);
        return pipeline.ChangeAsync(card, new StateChange<WeeklyStatusReport, ReportCommand>
        {
            Container = StorageContainers.Status,
            EntityType = nameof(WeeklyStatusReport),
            EntityId = report => WeeklyStatusReports.KeyOf(report.Week, report.DepartmentId).ToString(),
            Load = async ct =>
            {
                var found = await reports.FindAsync(week, departmentId, ct);
                planTasks = found is null ? [] : await planTracking.TasksAsync(found.Value, card.Organisation, ct);
                return found;
            },

            // Proactive cards carry no version: the If-Match on the write still refuses a lost update.
            ChecksVersion = card.Request.Version is not null,
            Read = report => StatusFormReader.Read(card, report, planTasks),
            Decide = (report, command) => WeeklyStatusMachine.Decide(report, card.Actor, card.Organisation, command, pipeline.Clock.UtcNow),
            Then = answer.SavedAsync,
            Show = answer.ShowAsync,
        }, cancellationToken);
    }
}
