using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// "targets" / "目标" [department] [period]: a department's targets of a period and where each comes
/// from; the head and the ops office set them on the card. Defaults: the viewer's own department and
/// the current month (a quarter "2027-Q1" or a year "2027" shows the indicators collected so).
/// </summary>
internal sealed class TargetsCommand(TargetBoard board, OrganisationClock clock) : IChatCommand
{
    public string Name => "targets";

    public string HelpTextKey => "Indicators.Help.Targets";

    public IReadOnlyList<string> Phrases { get; } = ["targets", "indicator targets", "目标", "指标目标"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Period? period = null;
        Department? department = null;
        var unknown = new List<string>();
        foreach (var word in words)
        {
            if (Period.TryParse(word, out var p))
            {
                period = p;
            }
            else if (turn.Organisation.Departments.FirstOrDefault(d => d.IsNamed(word)) is { } d)
            {
                department = d;
            }
            else
            {
                unknown.Add(word);
            }
        }

        if (unknown.Count > 0)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Indicators.Targets.BadArguments", string.Join(' ', unknown))));
            return;
        }

        var departmentId = department?.Id ?? turn.Organisation.DepartmentHeadedBy(actor.Id)?.Id ?? actor.DepartmentId;
        if (departmentId is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Indicators.Targets.NoDepartment"]));
            return;
        }

        if (!IndicatorAccess.MayView(actor, departmentId, turn.Organisation))
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Indicators.Targets.NotAllowed"]));
            return;
        }

        var shown = period ?? Period.Containing(clock.Today(turn.Organisation), IndicatorFrequency.Monthly);
        var (view, _) = await board.ReadAsync(actor, turn.Organisation, departmentId, shown, cancellationToken);
        turn.ReplyCard(TargetsCard.Build(view, turn.Organisation, turn.Text));
    }
}
