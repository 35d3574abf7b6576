using System.Globalization;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Turns what the panel posted into the minutes machine's typed commands, or field errors beside the fields:
/// a deadline that is not a date, an owner who is not an attendee, a link to something that does not exist.
/// Whether the command may be recorded (role, required text, limits, deadline not past) is the machine's decision.
/// </summary>
internal sealed class PanelCommands(PanelMeetings meetings, MonthlyPlanTracking plans, RiskReader risks, OrganisationClock clock)
{
    public static RecordDecision Decision(PanelDecisionInput input) => new(input.Text ?? string.Empty);

    /// <summary>The month whose published plans' tasks an action item may link to: the organisation's current one.</summary>
    public static PlanPeriod MonthOf(DateOnly today) => PlanPeriod.Monthly(today.Year, today.Month);

    public async Task<(RecordActionItem? Command, Rejection? Invalid)> ActionAsync(
        PanelActionInput input, string? chatId, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var meeting = await meetings.FindAsync(chatId, organisation, cancellationToken);
        var owner = input.Owner?.Trim() ?? string.Empty;
        if (owner.Length == 0)
        {
            errors[ActionItemFields.Owner] = new("MeetingPanel.Error.Required");
        }
        else if (!meeting.AttendeePersonIds.Contains(owner, StringComparer.Ordinal))
        {
            errors[ActionItemFields.Owner] = new("MeetingPanel.Error.NotAttendee");
        }

        if (!DateOnly.TryParseExact(input.Deadline?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
        {
            errors[ActionItemFields.Deadline] = new(string.IsNullOrWhiteSpace(input.Deadline) ? "MeetingPanel.Error.Required" : "MeetingPanel.Error.Date");
        }

        var link = await LinkAsync(input.Link?.Trim(), organisation, text, cancellationToken);
        if (link is null && !string.IsNullOrEmpty(input.Link?.Trim()))
        {
            errors[ActionItemFields.Department] = new("MeetingPanel.Error.Link");
        }

        return errors.Count > 0
            ? (null, Rejection.Invalid(errors))
            : (new RecordActionItem(input.Title ?? string.Empty, owner, deadline, link), null);
    }

    /// <summary>The link a <see cref="PanelLink"/> value names, if it exists now; the label is its name in the recorder's language.</summary>
    private async Task<ActionItemLink?> LinkAsync(string? value, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var parts = value?.Split(':', 3) ?? [];
        string Name(string departmentId) => PlanSection.DepartmentName(organisation, departmentId, text);
        switch (parts)
        {
            case ["department", var id] when organisation.FindDepartment(id) is not null:
                return new ActionItemLink(ActionItemLinkKind.Department, id) { Label = Name(id) };
            case ["task", var department, var taskId]:
                var task = (await plans.PlansAsync(MonthOf(clock.Today(organisation)), cancellationToken))
                    .Where(p => p.DepartmentId == department)
                    .SelectMany(p => p.Content.Tasks)
                    .FirstOrDefault(t => t.Id == taskId);
                return task is null ? null : new ActionItemLink(ActionItemLinkKind.PlanTask, $"{department}:{taskId}") { Label = $"{Name(department)} · {task.Title}" };
            case ["risk", var department, var riskId] when organisation.FindDepartment(department) is not null:
                var risk = (await risks.ReadAsync(department, riskId, cancellationToken))?.Value;
                return risk is { Status: RiskStatus.Open } ? new ActionItemLink(ActionItemLinkKind.Risk, $"{department}:{riskId}") { Label = $"{Name(department)} · {risk.Description}" } : null;
            default:
                return null;
        }
    }
}
