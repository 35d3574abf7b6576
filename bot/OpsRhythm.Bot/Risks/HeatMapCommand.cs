using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Risks;

/// <summary>"heat map" / "风险热图" [department]: the 5×5 heat map of open risks (the company's for the ops office and leadership).</summary>
internal sealed class HeatMapCommand(RiskReader reader, IOptions<RisksOptions> options) : IChatCommand
{
    public string Name => "heat-map";

    public string HelpTextKey => "Risks.Help.HeatMap";

    public IReadOnlyList<string> Phrases { get; } = ["heat map", "heatmap", "风险热图", "热图"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        // A name that matches no department is said so: it never widens to the company's map.
        if (RiskScope.Unknown(turn.Organisation, arguments) is { } unknown)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text.Format("Indicators.Scorecard.UnknownDepartment", unknown)));
            return;
        }

        if (await BuildAsync(reader, options.Value, turn, actor, RiskScope.Department(turn.Organisation, arguments)?.Id, cancellationToken) is { } card)
        {
            turn.ReplyCard(card);
        }
        else
        {
            turn.ReplyRejection(new Domain.Workflow.Rejection(Domain.Workflow.RejectionReason.NotYourDepartment));
        }
    }

    /// <summary>
    /// A department's map when one is named (or the actor heads one and sees no more), else the company's
    /// for the ops office and leadership; null when the actor may see neither (the dashboard's scope).
    /// </summary>
    internal static async Task<Cards.Model.AdaptiveCard?> BuildAsync(RiskReader reader, RisksOptions options, Turn turn, Person actor, string? departmentId, CancellationToken cancellationToken)
    {
        var scope = DepartmentScope.For(actor, turn.Organisation);
        departmentId ??= scope.WholeCompany || scope.DetailDepartments.Count == 0 ? null : scope.DetailDepartments[0];
        if (departmentId is null)
        {
            return scope.WholeCompany
                ? HeatMapCard.Build(turn.Text["Risks.HeatMap.Company"], await reader.CompanyAsync(turn.Organisation, cancellationToken), options.Bands, turn.Text)
                : null;
        }

        return scope.MaySee(departmentId) && turn.Organisation.FindDepartment(departmentId) is { } department
            ? HeatMapCard.Build(department.Name.For(turn.Text.Culture), await reader.DepartmentAsync(departmentId, cancellationToken), options.Bands, turn.Text)
            : null;
    }
}
