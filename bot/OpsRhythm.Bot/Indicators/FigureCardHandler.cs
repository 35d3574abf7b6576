using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Figures one by one or as CSV (R-3.2). A head enters their own department's, the ops office any; the
/// figures of several partitions are written by <see cref="FigureRecorder"/>, one atomic batch each.
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
        var defaultPeriod = LastMonth(card).ToString();
        var read = FigureInput.Read(card, catalog, departments);
        if (read.Invalid is { } invalid)
        {
            return CardActionResult.ShowCard(FigureEntryCard.Build(card.Organisation, catalog, departments, defaultPeriod, card.Text, card.Request.Data, invalid));
        }

        var (kind, row) = read.Command!;
        var (_, alerts) = await recorder.RecordAsync(card.Actor, card.Organisation, kind, [row], cancellationToken);
        var text = card.Text;
        var department = card.Organisation.FindDepartment(row.DepartmentId)!.Name.For(text.Culture);
        var shown = text.IsEnglish ? $"{row.Indicator.Name.For(text.Culture)}, {PeriodNames.Of(row.Period, text)}" : PeriodNames.Of(row.Period, text) + row.Indicator.Name.For(text.Culture);
        var value = row.Value.ToString("#,0.##", text.Culture);
        var notice = alerts > 0
            ? text.Format("Indicators.Entry.SavedWithAlerts", department, shown, value, alerts)
            : text.Format("Indicators.Entry.Saved", department, shown, value);
        var keep = new Dictionary<string, string>
        {
            [IndicatorFields.Department] = row.DepartmentId, [IndicatorFields.Kind] = kind.ToString(), [IndicatorFields.Period] = row.Period.ToString(),
        };
        return CardActionResult.ShowCard(FigureEntryCard.Build(card.Organisation, catalog, departments, defaultPeriod, text, keep, notice: notice));
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
