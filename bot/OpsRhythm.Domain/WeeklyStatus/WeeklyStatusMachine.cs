using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// Who may report, and what a report must hold. The department's head (or the ops office on its
/// behalf) submits or skips; edits are allowed until the deadline; a first answer after it is late.
/// </summary>
public static class WeeklyStatusMachine
{
    public const Role Reporters = Role.DepartmentHead | Role.OpsOffice;

    /// <summary>A command on the report card, as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    public static Decision<WeeklyStatusReport> Decide(WeeklyStatusReport report, Person actor, OrganisationProfile organisation, ReportCommand command, DateTimeOffset now) => command switch
    {
        SubmitReport submit => Submit(report, actor, organisation, submit.Input, now),
        SkipReport skip => Skip(report, actor, organisation, skip.Reason, now),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a weekly status command."),
    };

    public static Decision<WeeklyStatusReport> Submit(WeeklyStatusReport report, Person actor, OrganisationProfile organisation, StatusInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(input);
        if (Refuse(report, actor, organisation, now) is { } refusal)
        {
            return Decision.Reject<WeeklyStatusReport>(refusal);
        }

        var errors = new Dictionary<string, FieldError>();
        var tasks = new List<TaskProgress>();
        for (var i = 0; i < input.Tasks.Count; i++)
        {
            var row = input.Tasks[i];
            if (string.IsNullOrWhiteSpace(row.Title))
            {
                continue;
            }

            if (row.Title.Length > WeeklyStatusLimits.TaskTitle)
            {
                TextLimit.Check(errors, WeeklyStatusFields.TaskTitleOf(i), row.Title, WeeklyStatusLimits.TaskTitle);
                continue;
            }

            if (row.Percent is not { } percent || percent is < 0 or > 100)
            {
                errors[WeeklyStatusFields.TaskPercentOf(i)] = new FieldError("WeeklyStatus.Error.Percent");
                continue;
            }

            var health = row.Health is { } picked && Enum.IsDefined(picked) ? picked : TaskHealth.OnTrack;
            tasks.Add(new TaskProgress(row.Title.Trim(), percent, percent == 100 ? TaskHealth.Done : health) { PlanTaskId = row.PlanTaskId });
        }

        if (tasks.Count == 0 && !errors.ContainsKey(WeeklyStatusFields.TaskPercentOf(0)))
        {
            errors[WeeklyStatusFields.TaskTitleOf(0)] = new FieldError("WeeklyStatus.Error.NoTask");
        }

        var helpFrom = string.IsNullOrWhiteSpace(input.HelpFrom) ? null : input.HelpFrom;
        if (helpFrom is not null && (organisation.FindDepartment(helpFrom) is null || helpFrom == report.DepartmentId))
        {
            errors[WeeklyStatusFields.HelpFrom] = new FieldError("WeeklyStatus.Error.HelpFrom");
        }

        if (helpFrom is not null && string.IsNullOrWhiteSpace(input.HelpNeeded))
        {
            errors[WeeklyStatusFields.HelpNeeded] = new FieldError("WeeklyStatus.Error.HelpNeeded");
        }

        TextLimit.Check(errors, WeeklyStatusFields.Highlights, input.Highlights, WeeklyStatusLimits.Highlights);
        TextLimit.Check(errors, WeeklyStatusFields.Problems, input.Problems, WeeklyStatusLimits.Problems);
        TextLimit.Check(errors, WeeklyStatusFields.HelpNeeded, input.HelpNeeded, WeeklyStatusLimits.HelpNeeded);
        if (errors.Count > 0)
        {
            return Decision.Reject<WeeklyStatusReport>(Rejection.Invalid(errors));
        }

        var edit = report.State == ReportState.Submitted;
        var next = report with
        {
            State = ReportState.Submitted,
            Tasks = tasks,
            Highlights = Clean(input.Highlights),
            Problems = Clean(input.Problems),
            HelpFromDepartmentId = helpFrom,
            HelpNeeded = helpFrom is null ? null : Clean(input.HelpNeeded),
            SkipReason = null,
            SubmittedBy = actor.Id,
            SubmittedAt = now,
            Late = report.Late || now > report.Deadline,
        };
        return Decision.Accept(next, new WorkflowEvent(edit ? "edited" : "submitted"));
    }

    public static Decision<WeeklyStatusReport> Skip(WeeklyStatusReport report, Person actor, OrganisationProfile organisation, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (Refuse(report, actor, organisation, now) is { } refusal)
        {
            return Decision.Reject<WeeklyStatusReport>(refusal);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Decision.Reject<WeeklyStatusReport>(Rejection.Invalid(new Dictionary<string, FieldError> { [WeeklyStatusFields.SkipReason] = new("WeeklyStatus.Error.SkipReason") }));
        }

        if (reason.Length > WeeklyStatusLimits.SkipReason)
        {
            return Decision.Reject<WeeklyStatusReport>(Rejection.Invalid(new Dictionary<string, FieldError> { [WeeklyStatusFields.SkipReason] = new(TextLimit.TooLongKey, WeeklyStatusLimits.SkipReason) }));
        }

        return Decision.Accept(report with { State = ReportState.Skipped, SkipReason = reason.Trim(), SubmittedBy = actor.Id, SubmittedAt = now }, new WorkflowEvent("skipped") { Comment = reason.Trim() });
    }

    /// <summary>Only the department's head or the ops office; after the deadline only a first, late answer.</summary>
    private static Rejection? Refuse(WeeklyStatusReport report, Person actor, OrganisationProfile organisation, DateTimeOffset now)
    {
        var isHead = organisation.FindDepartment(report.DepartmentId)?.HeadPersonId == actor.Id;
        if (!isHead && !actor.Has(Role.OpsOffice))
        {
            return Rejection.RoleNotAllowed(Reporters);
        }

        return now > report.Deadline && report.State != ReportState.Requested ? Rejection.WrongState : null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
