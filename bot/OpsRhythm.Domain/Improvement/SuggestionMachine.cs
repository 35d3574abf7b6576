using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Improvement;

/// <summary>Suggestion workflow: anyone submits; the ops office scores and accepts (with points) or declines (with a reason).</summary>
public static class SuggestionMachine
{
    public const int MaxPoints = 1000;

    public static Decision<Suggestion> Submit(string id, Person actor, SubmitSuggestion command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var (problem, proposal, benefit) = (command.Problem, command.Proposal, command.Benefit);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        Require(problem, "problem", errors);
        Require(proposal, "proposal", errors);
        Require(benefit, "benefit", errors);
        TextLimit.Check(errors, "problem", problem, ImprovementLimits.Problem);
        TextLimit.Check(errors, "proposal", proposal, ImprovementLimits.Proposal);
        TextLimit.Check(errors, "benefit", benefit, ImprovementLimits.Benefit);
        if (errors.Count > 0)
        {
            return Decision.Reject<Suggestion>(Rejection.Invalid(errors));
        }

        return Decision.Accept(
            new Suggestion(id, actor.Id, problem!.Trim(), proposal!.Trim(), benefit!.Trim()) { MayThankPublicly = command.MayThankPublicly, SubmittedAt = now },
            new WorkflowEvent("submitted"));
    }

    public static Decision<Suggestion> Accept(Suggestion suggestion, Person actor, AcceptSuggestion command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(command);
        if (Check(suggestion, actor) is { } rejection)
        {
            return Decision.Reject<Suggestion>(rejection);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var f = Score(command.Feasibility, "feasibility", errors);
        var e = Score(command.Effectiveness, "effectiveness", errors);
        var c = Score(command.CostBenefit, "costBenefit", errors);
        var p = command.Points ?? 0;
        if (p is < 1 or > MaxPoints)
        {
            errors["points"] = new FieldError("Improvement.Validation.Points", MaxPoints);
        }

        if (errors.Count > 0)
        {
            return Decision.Reject<Suggestion>(Rejection.Invalid(errors));
        }

        return Decision.Accept(
            suggestion with
            {
                State = SuggestionState.Accepted,
                Scores = new SuggestionScores(f, e, c),
                RewardPoints = p,
                DecidedBy = actor.Id,
                DecidedAt = now,
            },
            new WorkflowEvent("accepted") { Details = new Dictionary<string, string> { ["points"] = p.ToString(CultureInfo.InvariantCulture) } });
    }

    public static Decision<Suggestion> Decline(Suggestion suggestion, Person actor, DeclineSuggestion command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(command);
        var reason = command.Reason;
        if (Check(suggestion, actor) is { } rejection)
        {
            return Decision.Reject<Suggestion>(rejection);
        }

        if (reason is { Length: > ImprovementLimits.Reason })
        {
            return Decision.Reject<Suggestion>(Rejection.Invalid(new Dictionary<string, FieldError> { ["reason"] = new(TextLimit.TooLongKey, ImprovementLimits.Reason) }));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Decision.Reject<Suggestion>(Rejection.Invalid(new Dictionary<string, FieldError> { ["reason"] = new("Improvement.Validation.Required") }));
        }

        return Decision.Accept(
            suggestion with { State = SuggestionState.Declined, DecisionReason = reason.Trim(), DecidedBy = actor.Id, DecidedAt = now },
            new WorkflowEvent("declined") { Comment = reason.Trim() });
    }

    private static Rejection? Check(Suggestion suggestion, Person actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.OpsOffice))
        {
            return Rejection.RoleNotAllowed(Role.OpsOffice);
        }

        return suggestion.State == SuggestionState.Submitted ? null : Rejection.WrongState;
    }

    private static void Require(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = new FieldError("Improvement.Validation.Required");
        }
    }

    private static int Score(int? score, string field, Dictionary<string, FieldError> errors)
    {
        if (score is { } value and >= 1 and <= 5)
        {
            return value;
        }

        errors[field] = new FieldError("Improvement.Validation.Score");
        return 0;
    }
}
