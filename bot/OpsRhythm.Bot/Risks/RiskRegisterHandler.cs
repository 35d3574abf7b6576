using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Registers a risk from the form (R-5.1–5.3, 5.5); the owner, when someone else, gets the risk card 1:1, and a
/// high or critical risk is posted to the ops office's and the department's channels, all in the same commit.
/// </summary>
internal sealed class RiskRegisterHandler(IndicatorReader indicators, CardPipeline pipeline, IOptions<RisksOptions> options) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.Register] = VerbAccess.Department(RiskMachine.RegisterRoles, r => r.Value(RiskFields.Department)),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (RiskMachine.CheckRegister(card.Actor, card.Organisation, card.Value(RiskFields.Department)) is { } forbidden)
        {
            return CardAnswers.Forbidden(card, forbidden);
        }

        return await pipeline.CreateAsync(card, await RegistrationAsync(card, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The registration the pipeline runs for the form's inputs; the message extension's "记为风险" runs the same
    /// one and answers in its dialog instead (replacing only <c>ShowForm</c> and <c>Show</c>).
    /// </summary>
    public async Task<StateCreation<Risk, Risk>> RegistrationAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        var bands = options.Value.Bands;
        return new StateCreation<Risk, Risk>
        {
            Container = StorageContainers.Risks,
            EntityType = nameof(Risk),
            Read = () => Read(card, catalog),
            Decide = risk => RiskMachine.Register(risk, card.Actor, card.Organisation),
            Key = risk => new DocumentKey(risk.DepartmentId, risk.Id),
            Messages = made => [.. ToOwner(card, made, bands, catalog), .. RiskRaisedMessages.For(made.After, "Registered", "raised", bands, card.Organisation, card.Turn.Languages, made.At)],
            ShowForm = rejection => CardActionResult.ShowCard(RiskFormCard.Build(
                card.Organisation, catalog, IndicatorAccess.DepartmentsFor(card.Actor, card.Organisation), card.Text, card.Request.Data, rejection)),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(RiskCard.Build(stored.Value, stored.ETag, bands, card.Organisation, catalog, card.Text, note.Notice, note.Rejection))),
            Done = _ => card.Text["Risks.Registered"],
        };
    }

    /// <summary>The form's text as a risk, or the errors beside the fields that could not be read.</summary>
    private CommandRead<Risk> Read(CardTurn card, IndicatorCatalog catalog)
    {
        var draft = new RiskDraft
        {
            DepartmentId = card.Value(RiskFields.Department),
            Category = card.Value(RiskFields.Category),
            Description = card.Value(RiskFields.Description),
            Likelihood = card.Value(RiskFields.Likelihood),
            Impact = card.Value(RiskFields.Impact),
            Strategy = card.Value(RiskFields.Strategy),
            OwnerPersonId = card.Value(RiskFields.Owner),
            ActionText = card.Value(RiskFields.ActionText),
            ActionOwnerPersonId = card.Value(RiskFields.ActionOwner),
            Counterparty = card.Value(RiskFields.Counterparty),
            ReviewDate = card.Value(RiskFields.ReviewDate),
            IndicatorId = card.Value(RiskFields.Indicator),
            WarningThreshold = card.Value(RiskFields.Warning),
            CriticalThreshold = card.Value(RiskFields.Critical),
        };
        var (risk, errors) = RiskValidation.Validate(draft, card.Organisation, catalog, "risk-" + Guid.NewGuid().ToString("N")[..12], card.Actor, pipeline.Clock.UtcNow);
        return risk is null ? CommandRead.Errors<Risk>(errors) : CommandRead.Ok(risk);
    }

    /// <summary>The owner learns of the risk in their language, unless they registered it themselves.</summary>
    private static OutboxMessage[] ToOwner(CardTurn card, ChangeMade<Risk> made, RiskLevelBands bands, IndicatorCatalog catalog)
    {
        var risk = made.After;
        if (risk.OwnerPersonId == card.Actor.Id || card.Organisation.FindPerson(risk.OwnerPersonId) is not { } owner)
        {
            return [];
        }

        var shown = RiskCard.Build(risk, "new", bands, card.Organisation, catalog, card.Turn.Languages.For(owner));
        return [OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(shown), shown.FallbackText), $"{risk.Id}:registered:owner", made.At)];
    }
}
