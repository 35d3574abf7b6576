using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>"inspection" / "检查": the ops office records an inspection or special audit.</summary>
internal sealed class InspectionCommand(OrganisationClock clock) : IChatCommand
{
    public string Name => "inspection";

    public string HelpTextKey => "Indicators.Help.Inspection";

    public IReadOnlyList<string> Phrases { get; } = ["inspection", "audit", "检查", "专项审计"];

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

        turn.ReplyCard(InspectionCard.Build(turn.Organisation, turn.Text, clock.Today(turn.Organisation).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }
}
