using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// Processes under periodic review: the ops office records a process with its owner, its
/// review interval and the four principles assessed; the owner or the ops office completes each review,
/// assessing the principles again, which sets the next review one interval on.
/// </summary>
public static class ProcessMachine
{
    public static Decision<ProcessReview> Record(string id, Person actor, OrganisationProfile organisation, RecordProcess command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (!actor.Has(Role.OpsOffice))
        {
            return Decision.Reject<ProcessReview>(Rejection.RoleNotAllowed(Role.OpsOffice));
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var name = command.ProcessName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors[ProcessFields.Process] = new("Improvement.Validation.Required");
        }

        TextLimit.Check(errors, ProcessFields.Process, name, ImprovementLimits.Process);
        if (command.OwnerPersonId is not { } owner || organisation.FindPerson(owner) is null)
        {
            errors[ProcessFields.Owner] = new("Improvement.Validation.Required");
        }

        if (command.IntervalMonths is not (>= 1 and <= ImprovementLimits.MaxIntervalMonths))
        {
            errors[ProcessFields.IntervalMonths] = new("Improvement.Validation.IntervalMonths", 1, ImprovementLimits.MaxIntervalMonths);
        }

        var principles = CheckPrinciples(command.Principles, errors);
        if (errors.Count > 0)
        {
            return Decision.Reject<ProcessReview>(Rejection.Invalid(errors));
        }

        var months = command.IntervalMonths!.Value;
        return Decision.Accept(
            new ProcessReview(id, name!, command.OwnerPersonId!, months, today.AddMonths(months)) { Principles = principles },
            new WorkflowEvent("recorded") { Details = Summary(principles) });
    }

    /// <summary>The review due on <see cref="CompleteProcessReview.ForDue"/> is done, by the process's owner or the ops office.</summary>
    public static Decision<ProcessReview> CompleteReview(ProcessReview process, Person actor, CompleteProcessReview command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(command);
        if (CheckReview(process, actor) is { } refused)
        {
            return Decision.Reject<ProcessReview>(refused);
        }

        // A second click on the same card (or a card for a review already done) must not move the date again;
        // a review done today may leave the due date where it was (reviewed early), so today's review counts too.
        if (command.ForDue != process.NextReview || process.LastReviewedOn == today)
        {
            return Decision.Reject<ProcessReview>(Rejection.WrongState);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var principles = CheckPrinciples(command.Principles, errors);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        TextLimit.Check(errors, ProcessFields.ReviewNote, note, ImprovementLimits.ReviewNote);
        if (errors.Count > 0)
        {
            return Decision.Reject<ProcessReview>(Rejection.Invalid(errors));
        }

        var reviewed = process.Reviewed(today) with { Principles = principles, LastReviewedBy = actor.Id, ReviewNote = note };
        var details = new Dictionary<string, string>(Summary(principles), StringComparer.Ordinal) { ["next"] = reviewed.NextReview.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return Decision.Accept(reviewed, new WorkflowEvent("reviewed") { Comment = note, Details = details });
    }

    /// <summary>Null when <paramref name="actor"/> may complete the process's review: its owner or the ops office.</summary>
    public static Rejection? CheckReview(ProcessReview process, Person actor)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id == process.OwnerPersonId || actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(Role.OpsOffice);
    }

    /// <summary>All four principles, each once, with its finding within the limit; in the policy's order.</summary>
    private static List<PrincipleAssessment> CheckPrinciples(IReadOnlyList<PrincipleAssessment> assessed, Dictionary<string, FieldError> errors)
    {
        var principles = new List<PrincipleAssessment>();
        foreach (var principle in Enum.GetValues<DesignPrinciple>())
        {
            if (assessed.FirstOrDefault(a => a.Principle == principle) is not { } found)
            {
                errors[ProcessFields.RatingOf(principle)] = new("Improvement.Validation.Required");
                continue;
            }

            var note = string.IsNullOrWhiteSpace(found.Note) ? null : found.Note.Trim();
            TextLimit.Check(errors, ProcessFields.NoteOf(principle), note, ImprovementLimits.PrincipleNote);
            principles.Add(found with { Note = note });
        }

        return principles;
    }

    private static Dictionary<string, string> Summary(IEnumerable<PrincipleAssessment> principles) =>
        principles.ToDictionary(p => p.Principle.ToString(), p => p.Rating.ToString(), StringComparer.Ordinal);
}
