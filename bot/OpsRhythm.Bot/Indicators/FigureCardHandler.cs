using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Figures one by one or as CSV. A head enters their own department's, the ops office any. One figure
/// is a card pipeline verb (<see cref="FigureSave"/>); a CSV spans partitions and is written by
/// <see cref="FigureRecorder"/>, one atomic batch each.
/// </summary>
internal sealed class FigureCardHandler(IndicatorReader reader, FigureRecorder recorder, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.SaveFigure] = VerbAccess.Department(IndicatorAccess.FigureRoles, r => r.Value(IndicatorFields.Department)),
        [IndicatorVerbs.OpenCsv] = VerbAccess.Company(IndicatorAccess.FigureRoles),
        [IndicatorVerbs.ImportCsv] = VerbAccess.Company(IndicatorAccess.FigureRoles),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var departments = IndicatorAccess.DepartmentsFor(card.Actor, card.Organisation);
        if (departments.Count == 0)
        {
            return CardAnswers.Forbidden(card, Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles));
        }

        if (card.Verb == IndicatorVerbs.OpenCsv)
        {
            return CardActionResult.ShowCard(CsvImportCard.Build(card.Text));
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        return card.Verb == IndicatorVerbs.SaveFigure
            ? await SaveAsync(card, catalog, departments, cancellationToken)
            : await ImportAsync(card, catalog, departments, cancellationToken);
    }

    private async Task<CardActionResult> SaveAsync(CardTurn card, IndicatorCatalog catalog, IReadOnlySet<string> departments, CancellationToken cancellationToken)
    {
        // Which partition is written depends on the inputs, so they are read before anything is loaded.
        var form = new FigureEntryForm(card, catalog, departments, LastMonth(card));
        var read = FigureInput.Read(card, catalog, departments);
        if (read.Invalid is { } invalid)
        {
            return CardActionResult.ShowCard(form.Build(card.Request.Data, invalid));
        }

        var (kind, row) = read.Command;
        return await pipeline.ChangeAsync(card, new FigureSave(card, recorder, form).Change(kind, row), cancellationToken);
    }

    private async Task<CardActionResult> ImportAsync(CardTurn card, IndicatorCatalog catalog, IReadOnlySet<string> departments, CancellationToken cancellationToken)
    {
        var kind = FigureInput.Kind(card);
        var csv = card.Value(IndicatorFields.Csv);
        var parsed = IndicatorCsv.Parse(csv, catalog, card.Organisation.Departments, departments);
        if (!parsed.IsValid)
        {
            return CardActionResult.ShowCard(CsvImportCard.Build(card.Text, csv, kind.ToString(), parsed.Errors));
        }

        var (saved, alerts) = await recorder.RecordAsync(card.Actor, card.Organisation, kind, parsed.Rows, cancellationToken);
        return CardActionResult.ShowCard(FiguresSavedCard.Build(card.Text, kind, saved, alerts));
    }

    /// <summary>The last month whose figures are complete: the entry card's and the scorecard's default.</summary>
    private Period LastMonth(CardTurn card) => Period.LastCompleteMonth(pipeline.Clock.Today(card.Organisation));
}
