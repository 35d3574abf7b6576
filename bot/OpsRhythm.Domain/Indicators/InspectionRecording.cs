using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Recording an inspection: only the ops office records; findings need an owner and a deadline
/// not in the past, because each finding opens an improvement action followed up until it is closed.
/// </summary>
public static class InspectionRecording
{
    public static Decision<Inspection> Decide(Person actor, RecordInspection command, string inspectionId, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (IndicatorAccess.CheckOpsOffice(actor) is { } refused)
        {
            return Decision.Reject<Inspection>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        CheckFollowUp(errors, command.Findings.Count, command.OwnerPersonId, command.Deadline, today);
        if (errors.Count > 0)
        {
            return Decision.Reject<Inspection>(Rejection.Invalid(errors));
        }

        var inspection = new Inspection(inspectionId, command.DepartmentId, command.Date, command.Kind, command.Rating, command.Findings) { InspectorId = actor.Id, RecordedAt = now };
        return Decision.Accept(inspection, new WorkflowEvent("recorded"));
    }

    /// <summary>The owner and deadline findings need, as field errors; also used while reading the card so every error shows at once.</summary>
    public static void CheckFollowUp(Dictionary<string, FieldError> errors, int findings, string? ownerPersonId, DateOnly? deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (findings > 0 && ownerPersonId is null)
        {
            errors[IndicatorFields.Owner] = new("Indicators.Validation.Required");
        }

        if (findings > 0 && (deadline is not { } d || d < today))
        {
            errors[IndicatorFields.Deadline] = new("Indicators.Validation.BadDate");
        }
    }

    /// <summary>The improvement action each finding opens, for the owner and deadline the inspection gave.</summary>
    public static IReadOnlyList<ImprovementAction> ActionsOf(Inspection inspection, RecordInspection command, Func<string> newActionId)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(newActionId);
        return command.OwnerPersonId is { } owner && command.Deadline is { } deadline
            ? [.. inspection.Findings.Select(f => new ImprovementAction(newActionId(), inspection.DepartmentId, f, owner, deadline) { InspectionId = inspection.Id })]
            : [];
    }
}
