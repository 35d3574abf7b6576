using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>A department's scorecard for a month, and the company ranking the ops office publishes to the announcement channel once a month.</summary>
internal sealed class ScorecardCardHandler(IndicatorReader reader, ScorecardBuilder scorecards, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.ShowScorecard] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.EntityId),
        [IndicatorVerbs.PublishRanking] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        return card.Verb == IndicatorVerbs.ShowScorecard
            ? await ShowAsync(card, catalog, cancellationToken)
            : await PublishAsync(card, catalog, cancellationToken);
    }

    private async Task<CardActionResult> ShowAsync(CardTurn card, IndicatorCatalog catalog, CancellationToken cancellationToken)
    {
        var departmentId = card.Request.EntityId ?? string.Empty;
        if (card.Organisation.FindDepartment(departmentId) is null)
        {
            return CardAnswers.NotFound(card);
        }

        if (!IndicatorAccess.MayView(card.Actor, departmentId, card.Organisation))
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", card.Text["Indicators.Scorecard.NotAllowed"]);
        }

        var month = Period.TryParse(card.Value(IndicatorFields.Month), out var m)
            ? m
            : Period.Containing(pipeline.Clock.Today(card.Organisation), IndicatorFrequency.Monthly).Previous();
        // Drawn for the clicker (or, on a refresh, for the person viewing it): their own buttons.
        return CardActionResult.ShowCard(ScorecardCard.Build(await scorecards.DepartmentAsync(catalog, departmentId, month, cancellationToken), card.Organisation, card.Text, card.Actor));
    }

    private async Task<CardActionResult> PublishAsync(CardTurn card, IndicatorCatalog catalog, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(card.Request.EntityId, out var month) || card.Organisation.AnnouncementChannelId is not { } channel)
        {
            return CardAnswers.NotFound(card);
        }

        var ranking = await scorecards.CompanyAsync(catalog, card.Organisation, month, cancellationToken);
        var published = Published(ranking, card);
        return await pipeline.CreateAsync(
            card,
            new StateCreation<RankingPublication, Period>
            {
                Container = StorageContainers.Indicators,
                EntityType = nameof(RankingPublication),
                Read = () => month,
                Decide = m => IndicatorAccess.CheckOpsOffice(card.Actor) is { } refused
                    ? Decision.Reject<RankingPublication>(refused)
                    : Decision.Accept(new RankingPublication(RankingPublication.IdFor(m.ToString()), m.ToString(), card.Actor.Id, pipeline.Clock.UtcNow), new WorkflowEvent("published")),
                Key = publication => new DocumentKey(IndicatorCatalog.PartitionKey, publication.Id),
                Messages = made =>
                {
                    var announcement = CompanyScorecardCard.Build(ranking, card.Organisation, card.Turn.Languages.Shared, canPublish: false, forAnnouncement: true);
                    return [OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(announcement), announcement.FallbackText), made.After.Id, made.At)];
                },

                // Published already (a second click or a Teams retry): the channel has it once, the card says it is out.
                ShowForm = _ => published,
                Show = (_, _, _) => Task.FromResult(published),
            },
            cancellationToken);
    }

    private static CardActionResult Published(CompanyRanking ranking, CardTurn card)
    {
        var shown = CompanyScorecardCard.Build(ranking, card.Organisation, card.Text, canPublish: false);
        return CardActionResult.ShowCard(shown with { Body = [.. shown.Body, new TextBlock(card.Text["Indicators.Ranking.Published"]) { Color = TextColor.Good }] });
    }
}
