using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Indicators;

/// <summary>"enter values" / "录入指标": the figure entry card (one figure, or a CSV paste).</summary>
internal sealed class EnterValuesCommand(IndicatorReader reader, OrganisationClock clock) : IChatCommand
{
    public string Name => "enter-values";

    public string HelpTextKey => "Indicators.Help.Enter";

    public IReadOnlyList<string> Phrases { get; } = ["enter values", "enter figures", "录入指标", "录入数据"];

    public Role ShownTo => IndicatorAccess.FigureRoles;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var departments = IndicatorAccess.DepartmentsFor(actor, turn.Organisation);
        if (departments.Count == 0)
        {
            turn.ReplyRejection(Domain.Workflow.Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles));
            return;
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(arguments.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase)
            ? CsvImportCard.Build(turn.Text)
            : FigureEntryCard.Build(turn.Organisation, catalog, departments, Period.LastCompleteMonth(clock.Today(turn.Organisation)).ToString(), turn.Text));
    }
}
