using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Risks;

/// <summary>"risks" / "风险" [department]: a department's risk register (default: the one the actor heads).</summary>
internal sealed class RisksCommand(RiskReader reader, IOptions<RisksOptions> options) : IChatCommand
{
    public string Name => "risks";

    public string HelpTextKey => "Risks.Help.List";

    public IReadOnlyList<string> Phrases { get; } = ["risks", "risk register", "风险", "风险登记册"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        if (RiskScope.Unknown(turn.Organisation, arguments) is { } unknown)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text.Format("Indicators.Scorecard.UnknownDepartment", unknown)));
            return;
        }

        var department = RiskScope.Department(turn.Organisation, arguments) ?? turn.Organisation.DepartmentHeadedBy(actor.Id)
            ?? (actor.DepartmentId is { } own ? turn.Organisation.FindDepartment(own) : null);
        if (department is null)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text["Indicators.Chat.NoDepartment"]));
            return;
        }

        // The register is one department's detail: the dashboard's scope (a head their own, the ops office and leadership all).
        if (!DepartmentScope.For(actor, turn.Organisation).MaySee(department.Id))
        {
            turn.ReplyRejection(new Domain.Workflow.Rejection(Domain.Workflow.RejectionReason.NotYourDepartment));
            return;
        }

        turn.ReplyCard(RiskRegisterCard.Build(department.Id, await reader.DepartmentAsync(department.Id, cancellationToken), options.Value.Bands, turn.Organisation, turn.Text));
    }
}
