using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// How the weekly status card answers a click: the report with its monthly plan's tasks, bad input beside
/// its fields with what was typed kept, and after a save the plan's tracking and the notices it earns.
/// </summary>
internal sealed class StatusCardAnswer(CardTurn card, MonthlyPlanTracking planTracking, OrganisationClock clock)
{
    /// <summary>After the report is saved: its plan rows go into the plan's tracking (its own batch); the notice says how that went.</summary>
    public async Task<string?> SavedAsync(StoredDocument<WeeklyStatusReport> saved, CancellationToken cancellationToken)
    {
        var tracking = await planTracking.UpdateAsync(saved.Value, card.Actor, card.Organisation, clock.UtcNow, cancellationToken);

        // The card's own state line already says "skipped: reason"; a late answer gets the closed card,
        // which has no state line, so lateness is said here once.
        var late = saved.Value.Late && saved.Value.State == ReportState.Submitted ? card.Text["WeeklyStatus.SubmittedLate"] : null;
        var notice = string.Join(card.Text.IsEnglish ? " " : string.Empty, new[] { late, TrackingNotice(tracking) }.OfType<string>());
        return notice.Length == 0 ? null : notice;
    }

    public async Task<CardActionResult> ShowAsync(StoredDocument<WeeklyStatusReport> stored, CardNote note, CancellationToken cancellationToken)
    {
        var planTasks = await planTracking.TasksAsync(stored.Value, card.Organisation, cancellationToken);
        var now = clock.UtcNow;
        if (note.Rejection is { Reason: RejectionReason.InvalidInput } invalid)
        {
            return CardActionResult.ShowCard(WeeklyStatusFormCard.Build(
                stored.Value, stored.ETag, card.Organisation, card.Text, now, RejectionText.Describe(invalid, card.Text), invalid, card.Request.Data, planTasks));
        }

        // A refusal about the state (closed after the deadline) is the current card, which says it is closed;
        // an out-of-date click or a lost race says the report was changed meanwhile, in the report's words.
        var notice = note.Rejection is not null ? null
            : note.Notice == CardAnswers.StaleNotice(card) ? card.Text["WeeklyStatus.Stale"]
            : note.Notice;
        return CardActionResult.ShowCard(WeeklyStatusFormCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, now, notice, planTasks: planTasks));
    }

    private string? TrackingNotice(PlanTrackingOutcome outcome) => outcome switch
    {
        PlanTrackingOutcome.Updated => card.Text["WeeklyStatus.PlanUpdated"],
        PlanTrackingOutcome.NotAllowed => card.Text["WeeklyStatus.PlanNotAllowed"],
        PlanTrackingOutcome.Conflict => card.Text["WeeklyStatus.PlanConflict"],
        _ => null,
    };
}
