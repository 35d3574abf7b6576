using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The indicator cards' buttons: figures one by one or as CSV, scorecards, the ranking, benchmarks.</summary>
public sealed class IndicatorCardHandler(IndicatorReader reader, FigureRecorder recorder, ScorecardBuilder scorecards, ChangeWriter writer, IDocumentStore store, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.SaveFigure] = VerbAccess.Department(IndicatorAccess.FigureRoles, r => r.Value("department")),
        [IndicatorVerbs.OpenCsv] = VerbAccess.Company(IndicatorAccess.FigureRoles),
        [IndicatorVerbs.ImportCsv] = VerbAccess.Company(IndicatorAccess.FigureRoles),
        [IndicatorVerbs.ShowScorecard] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.EntityId),
        [IndicatorVerbs.PublishRanking] = VerbAccess.Company(Role.OpsOffice),
        [IndicatorVerbs.SaveBenchmark] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        return request.Verb switch
        {
            IndicatorVerbs.OpenCsv => IndicatorAccess.DepartmentsFor(actor, turn.Organisation).Count == 0
                ? CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles))
                : CardActionResult.ShowCard(CsvImportCard.Build(turn.Text)),
            IndicatorVerbs.SaveFigure => await SaveFigureAsync(turn, actor, catalog, request, cancellationToken),
            IndicatorVerbs.ImportCsv => await ImportAsync(turn, actor, catalog, request, cancellationToken),
            IndicatorVerbs.ShowScorecard => await ShowScorecardAsync(turn, actor, catalog, request, cancellationToken),
            IndicatorVerbs.PublishRanking => await PublishAsync(turn, actor, catalog, request, cancellationToken),
            _ => await SaveBenchmarkAsync(turn, actor, catalog, request, cancellationToken),
        };
    }

    private async Task<CardActionResult> SaveFigureAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        var departments = IndicatorAccess.DepartmentsFor(actor, turn.Organisation);
        if (departments.Count == 0)
        {
            return CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles));
        }

        var defaultPeriod = Period.LastCompleteMonth(clock.Today(turn.Organisation)).ToString();
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var departmentId = request.Value("department") ?? string.Empty;
        if (!departments.Contains(departmentId))
        {
            errors["department"] = new("Indicators.Validation.Required");
        }

        var indicator = request.Value("indicator") is { } i ? catalog.Find(i) : null;
        if (indicator is null)
        {
            errors["indicator"] = new("Indicators.Validation.Required");
        }

        if (!Period.TryParse(request.Value("period"), out var period))
        {
            errors["period"] = new("Indicators.Validation.BadPeriod");
        }
        else if (indicator is not null && period.Frequency != indicator.Frequency)
        {
            errors["period"] = new("Indicators.Validation.WrongFrequency", turn.Text[$"Indicators.Frequency.{indicator.Frequency}"]);
        }

        if (!IndicatorCsv.TryParseNumber(request.Value("value"), out var value))
        {
            errors["value"] = new("Indicators.Validation.NotANumber");
        }

        var kind = Enum.TryParse<FigureKind>(request.Value("kind"), out var k) && Enum.IsDefined(k) ? k : FigureKind.Value;
        if (errors.Count > 0)
        {
            return CardActionResult.ShowCard(FigureEntryCard.Build(turn.Organisation, catalog, departments, defaultPeriod, turn.Text, request.Data, Rejection.Invalid(errors)));
        }

        var (_, alerts) = await recorder.RecordAsync(actor, turn.Organisation, kind, [new IndicatorCsvRow(1, departmentId, indicator!, period, value)], cancellationToken);
        var department = turn.Organisation.FindDepartment(departmentId)!.Name.For(turn.Text.Culture);
        var shown = $"{indicator!.Name.For(turn.Text.Culture)} {period}";
        var notice = alerts > 0
            ? turn.Text.Format("Indicators.Entry.SavedWithAlerts", department, shown, value.ToString("#,0.##", turn.Text.Culture), alerts)
            : turn.Text.Format("Indicators.Entry.Saved", department, shown, value.ToString("#,0.##", turn.Text.Culture));
        var keep = new Dictionary<string, string> { ["department"] = departmentId, ["kind"] = kind.ToString(), ["period"] = period.ToString() };
        return CardActionResult.ShowCard(FigureEntryCard.Build(turn.Organisation, catalog, departments, defaultPeriod, turn.Text, keep, notice: notice));
    }

    private async Task<CardActionResult> ImportAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        var departments = IndicatorAccess.DepartmentsFor(actor, turn.Organisation);
        if (departments.Count == 0)
        {
            return CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles));
        }

        var kind = Enum.TryParse<FigureKind>(request.Value("kind"), out var k) && Enum.IsDefined(k) ? k : FigureKind.Value;
        var csv = request.Value("csv");
        var parsed = IndicatorCsv.Parse(csv, catalog, turn.Organisation.Departments, departments);
        if (!parsed.IsValid)
        {
            return CardActionResult.ShowCard(CsvImportCard.Build(turn.Text, csv, kind.ToString(), parsed.Errors));
        }

        var (saved, alerts) = await recorder.RecordAsync(actor, turn.Organisation, kind, parsed.Rows, cancellationToken);
        return CardActionResult.ShowCard(FiguresSavedCard.Build(turn.Text, kind, saved, alerts));
    }

    private async Task<CardActionResult> ShowScorecardAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        var departmentId = request.EntityId ?? string.Empty;
        if (turn.Organisation.FindDepartment(departmentId) is null)
        {
            return CardAnswers.NotFound(turn);
        }

        if (!IndicatorAccess.MayView(actor, departmentId, turn.Organisation))
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", turn.Text["Indicators.Scorecard.NotAllowed"]);
        }

        var month = Period.TryParse(request.Value("month"), out var m) ? m : Period.LastCompleteMonth(clock.Today(turn.Organisation));
        return CardActionResult.ShowCard(ScorecardCard.Build(await scorecards.DepartmentAsync(catalog, departmentId, month, cancellationToken), turn.Organisation, turn.Text));
    }

    private async Task<CardActionResult> PublishAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            return CardAnswers.Forbidden(turn, rejection);
        }

        if (!Period.TryParse(request.EntityId, out var month) || turn.Organisation.AnnouncementChannelId is not { } channel)
        {
            return CardAnswers.NotFound(turn);
        }

        var ranking = await scorecards.CompanyAsync(catalog, turn.Organisation, month, cancellationToken);
        var now = clock.UtcNow;
        var announcement = CompanyScorecardCard.Build(ranking, turn.Organisation, Localizer.ZhCn, canPublish: false, forAnnouncement: true);
        var publication = new RankingPublication(RankingPublication.IdFor(month.ToString()), month.ToString(), actor.Id, now);
        try
        {
            await writer.CommitAsync(
                new Change<RankingPublication>(StorageContainers.Indicators, new DocumentKey(IndicatorCatalog.PartitionKey, publication.Id), publication, null)
                {
                    Audit = [new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(RankingPublication), publication.Id, "published", actor.Id, now)],
                    Messages = [OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(announcement), announcement.FallbackText), publication.Id, now)],
                },
                cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Published already (a second click or a Teams retry): the channel has it once.
        }

        return CardActionResult.ShowCard(CompanyScorecardCard.Build(ranking, turn.Organisation, turn.Text, canPublish: false) with
        {
            Body = [.. CompanyScorecardCard.Build(ranking, turn.Organisation, turn.Text, canPublish: false).Body, new TextBlock(turn.Text["Indicators.Ranking.Published"]) { Color = TextColor.Good }],
        });
    }

    private async Task<CardActionResult> SaveBenchmarkAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            return CardAnswers.Forbidden(turn, rejection);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var indicator = request.Value("indicator") is { } i ? catalog.Find(i) : null;
        if (indicator is null)
        {
            errors["indicator"] = new("Indicators.Validation.Required");
        }

        if (!Period.TryParse(request.Value("period"), out var period))
        {
            errors["period"] = new("Indicators.Validation.BadPeriod");
        }
        else if (indicator is not null && period.Frequency != indicator.Frequency && period.Frequency != IndicatorFrequency.Annual)
        {
            errors["period"] = new("Indicators.Validation.WrongFrequency", turn.Text[$"Indicators.Frequency.{indicator.Frequency}"]);
        }

        if (!IndicatorCsv.TryParseNumber(request.Value("value"), out var value))
        {
            errors["value"] = new("Indicators.Validation.NotANumber");
        }

        TextLimit.Check(errors, "source", request.Value("source"), IndicatorLimits.BenchmarkSource);
        if (errors.Count > 0)
        {
            return CardActionResult.ShowCard(BenchmarkCard.Build(catalog, turn.Text, request.Data, Rejection.Invalid(errors)));
        }

        var now = clock.UtcNow;
        var key = new DocumentKey(IndicatorCatalog.PartitionKey, Benchmark.IdFor(indicator!.Id, period.ToString()));
        var benchmark = new Benchmark(indicator.Id, period.ToString(), value) { Source = request.Value("source"), RecordedBy = actor.Id, RecordedAt = now };
        var existing = await store.ReadAsync<Benchmark>(StorageContainers.Indicators, key, cancellationToken);
        await writer.CommitAsync(
            new Change<Benchmark>(StorageContainers.Indicators, key, benchmark, existing?.ETag)
            {
                Audit = [new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(Benchmark), key.Id, "recorded", actor.Id, now)
                {
                    Details = new Dictionary<string, string> { ["value"] = value.ToString(CultureInfo.InvariantCulture) },
                }],
            },
            cancellationToken);
        return CardActionResult.ShowCard(BenchmarkCard.Build(catalog, turn.Text, notice: turn.Text.Format("Indicators.Benchmark.Saved", indicator.Name.For(turn.Text.Culture), period, value.ToString("#,0.##", turn.Text.Culture))));
    }
}
