using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Planning regular inspections: the ops office plans them, on a day from today on, with an inspector of
/// the organisation; a regular one repeats monthly, quarterly, half-yearly or yearly.
/// </summary>
public static class InspectionScheduling
{
    public static IReadOnlyList<int> Repeats { get; } = [0, 1, 3, 6, 12];

    public static Decision<ScheduledInspection> Decide(Person actor, OrganisationProfile organisation, ScheduleInspection command, string seriesId, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (IndicatorAccess.CheckOpsOffice(actor) is { } refused)
        {
            return Decision.Reject<ScheduledInspection>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        Check(errors, organisation, command, today);
        if (errors.Count > 0)
        {
            return Decision.Reject<ScheduledInspection>(Rejection.Invalid(errors));
        }

        var date = command.Date!.Value;
        var planned = new ScheduledInspection(ScheduledInspection.IdFor(seriesId, date), command.DepartmentId, command.Kind, date, command.InspectorPersonId!, command.RepeatMonths)
        {
            ScheduledBy = actor.Id,
            ScheduledAt = now,
            SeriesId = seriesId,
            SeriesStart = date,
        };
        return Decision.Accept(planned, new WorkflowEvent("scheduled")
        {
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["department"] = planned.DepartmentId,
                ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["inspector"] = planned.InspectorPersonId,
                ["repeatMonths"] = planned.RepeatMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        });
    }

    /// <summary>The field errors of a plan; also used while reading the card, so every error shows at once.</summary>
    public static void Check(Dictionary<string, FieldError> errors, OrganisationProfile organisation, ScheduleInspection command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Date is not { } date || date < today)
        {
            errors.TryAdd(IndicatorFields.Date, new("Indicators.Validation.BadDate"));
        }

        // The policy's inspections are the ops office's (运营管理部门定期对各部门的工作现场进行实地检查), and only it records them.
        if (command.InspectorPersonId is not { } inspector || organisation.FindPerson(inspector) is not { } person || !person.Has(Role.OpsOffice))
        {
            errors.TryAdd(IndicatorFields.Owner, new("Inspections.Validation.Inspector"));
        }

        if (!Repeats.Contains(command.RepeatMonths))
        {
            errors.TryAdd(InspectionScheduleFields.Repeat, new("Indicators.Validation.Required"));
        }
    }

    /// <summary>The series' next inspection after <paramref name="due"/> (same department, kind and inspector), or null for a one-off.</summary>
    public static ScheduledInspection? Next(ScheduledInspection due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.RepeatMonths <= 0)
        {
            return null;
        }

        // Counted from the series' first day, never from the last one, so Nov 30 → Feb 28 → May 30 rather than drifting to the 28th.
        var start = due.SeriesStart ?? due.Date;
        var step = due.RepeatMonths;
        var date = start.AddMonths(step);
        while (date <= due.Date)
        {
            step += due.RepeatMonths;
            date = start.AddMonths(step);
        }

        return due with { Id = ScheduledInspection.IdFor(due.SeriesId, date), Date = date, State = ScheduledInspectionState.Planned, ScheduledBy = "system", ScheduledAt = now };
    }
}
