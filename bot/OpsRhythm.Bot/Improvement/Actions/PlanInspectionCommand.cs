using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>"plan inspection" / "安排检查": the ops office plans a regular on-site inspection of a department.</summary>
internal sealed class PlanInspectionCommand(OrganisationClock clock) : IChatCommand
{
    public string Name => "plan-inspection";

    public string HelpTextKey => "Inspections.Help.Plan";

    public IReadOnlyList<string> Phrases { get; } = ["plan inspection", "schedule inspection", "安排检查", "检查安排"];

    public Role ShownTo => Role.OpsOffice;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return Task.CompletedTask;
        }

        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            turn.ReplyRejection(rejection);
            return Task.CompletedTask;
        }

        var typed = new Dictionary<string, string>(StringComparer.Ordinal) { [IndicatorFields.Owner] = actor.Id };
        if (arguments.Trim() is { Length: > 0 } word && turn.Organisation.Departments.FirstOrDefault(d => d.IsNamed(word)) is { } department)
        {
            typed[IndicatorFields.Department] = department.Id;
        }

        turn.ReplyCard(InspectionPlanCard.Build(turn.Organisation, turn.Text, clock.Today(turn.Organisation).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), typed));
        return Task.CompletedTask;
    }
}
