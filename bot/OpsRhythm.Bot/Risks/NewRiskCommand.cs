using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Bot.Risks;

/// <summary>"new risk" / "登记风险" [description]: the risk registration card, the description pre-filled from the chat.</summary>
internal sealed class NewRiskCommand(IndicatorReader indicators) : IChatCommand
{
    public string Name => "new-risk";

    public string HelpTextKey => "Risks.Help.New";

    public IReadOnlyList<string> Phrases { get; } = ["new risk", "register risk", "登记风险", "新风险"];

    public Role ShownTo => RiskMachine.RegisterRoles;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        if (RiskMachine.CheckRegister(actor, turn.Organisation, null) is { } rejection)
        {
            turn.ReplyRejection(rejection);
            return;
        }

        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        var typed = new Dictionary<string, string> { ["owner"] = actor.Id };
        if (!string.IsNullOrWhiteSpace(arguments))
        {
            typed["description"] = arguments.Trim();
        }

        turn.ReplyCard(RiskFormCard.Build(turn.Organisation, catalog, IndicatorAccess.DepartmentsFor(actor, turn.Organisation), turn.Text, typed));
    }
}
