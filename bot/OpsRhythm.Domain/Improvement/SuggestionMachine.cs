using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Improvement;

/// <summary>Suggestion workflow: anyone submits; the ops office scores and accepts (with points) or declines (with a reason).</summary>
public static class SuggestionMachine
{
    public const int MaxPoints = 1000;

    public static Decision<Suggestion> Submit(string id, Person actor, string? problem, string? proposal, string? benefit, bool mayThank, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
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
            new Suggestion(id, actor.Id, problem!.Trim(), proposal!.Trim(), benefit!.Trim()) { MayThankPublicly = mayThank, SubmittedAt = now },
            new WorkflowEvent("submitted"));
    }

    public static Decision<Suggestion> Accept(Suggestion suggestion, Person actor, string? feasibility, string? effectiveness, string? costBenefit, string? points, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        if (Check(suggestion, actor) is { } rejection)
        {
            return Decision.Reject<Suggestion>(rejection);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var f = Score(feasibility, "feasibility", errors);
        var e = Score(effectiveness, "effectiveness", errors);
        var c = Score(costBenefit, "costBenefit", errors);
        if (!int.TryParse(points, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1 || p > MaxPoints)
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

    public static Decision<Suggestion> Decline(Suggestion suggestion, Person actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
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

    private static int Score(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5)
        {
            return value;
        }

        errors[field] = new FieldError("Improvement.Validation.Score");
        return 0;
    }
}
