using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Suggestions: submitted by anyone (the ops channel gets the evaluation card), accepted with a
/// reward-ledger entry and thanks, or declined with a reason, each in one batch of the year's partition.
/// </summary>
public sealed class ImprovementCardHandler(ChangeWriter writer, IDocumentStore store, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.Submit] = VerbAccess.Company(RoleSets.Everyone),
        [ImprovementVerbs.Accept] = VerbAccess.Company(Role.OpsOffice),
        [ImprovementVerbs.Decline] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        return request.Verb == ImprovementVerbs.Submit
            ? await SubmitAsync(turn, turn.Actor!, request, cancellationToken)
            : await DecideAsync(turn, turn.Actor!, request, cancellationToken);
    }

    private async Task<CardActionResult> SubmitAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var id = ImprovementIds.New(clock.Today(turn.Organisation).Year, "sug");
        var decision = SuggestionMachine.Submit(id, actor, request.Value("problem"), request.Value("proposal"), request.Value("benefit"), request.Value("mayThank") != "false", now);
        if (!decision.IsAccepted)
        {
            return CardActionResult.ShowCard(SuggestionFormCard.Build(turn.Text, request.Data, decision.Rejection));
        }

        var suggestion = decision.State!;
        var messages = new List<OutboxMessage>();
        if (turn.Organisation.OpsChannelId is { } opsChannel)
        {
            var card = SuggestionCard.Build(suggestion, "new", turn.Organisation, Localizer.ZhCn, canEvaluate: true);
            messages.Add(OutboxMessage.Create(OutboxTarget.Channel(opsChannel), ActivityFactory.Card(CardJson.ToElement(card), Localizer.ZhCn["Improvement.NewForOps"]), $"{id}:submitted:ops", now));
        }

        var stored = await writer.CommitAsync(
            new Change<Suggestion>(StorageContainers.Improvement, new DocumentKey(ImprovementIds.PartitionOf(id)!, id), suggestion, null)
            {
                Audit = Audit(decision.Events, id, actor, now),
                Messages = messages,
            },
            cancellationToken);
        return CardActionResult.ShowCard(SuggestionCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, canEvaluate: false, notice: turn.Text["Improvement.Submitted"]));
    }

    private async Task<CardActionResult> DecideAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (ImprovementIds.PartitionOf(request.EntityId) is not { } pk
            || await store.ReadAsync<Suggestion>(StorageContainers.Improvement, new DocumentKey(pk, request.EntityId!), cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(turn);
        }

        var canEvaluate = actor.Has(Role.OpsOffice);
        if (current.Value.State != SuggestionState.Submitted)
        {
            // Decided already (another ops member, or a Teams retry): the decision stands and is shown.
            return CardActionResult.ShowCard(SuggestionCard.Build(current.Value, current.ETag, turn.Organisation, turn.Text, canEvaluate));
        }

        var now = clock.UtcNow;
        var decision = request.Verb == ImprovementVerbs.Accept
            ? SuggestionMachine.Accept(current.Value, actor, request.Value("feasibility"), request.Value("effectiveness"), request.Value("costBenefit"), request.Value("points"), now)
            : SuggestionMachine.Decline(current.Value, actor, request.Value("reason"), now);
        if (!decision.IsAccepted)
        {
            return decision.Rejection!.Reason == RejectionReason.RoleNotAllowed
                ? CardAnswers.Forbidden(turn, decision.Rejection)
                : CardActionResult.ShowCard(SuggestionCard.Build(current.Value, current.ETag, turn.Organisation, turn.Text, canEvaluate, request.Data, decision.Rejection));
        }

        var decided = decision.State!;
        var messages = new List<OutboxMessage>();
        var also = new List<BatchOperation>();
        if (turn.Organisation.FindPerson(decided.ProposerPersonId) is { } proposer)
        {
            var card = ThankYouCard.Decided(decided, Localizer.For(proposer.Locale));
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(proposer.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{decided.Id}:decided:proposer", now));
        }

        if (decided.State == SuggestionState.Accepted)
        {
            var entry = new RewardLedgerEntry(RewardLedgerEntry.IdFor(decided.Id), decided.ProposerPersonId, decided.RewardPoints, "suggestion", decided.Id) { AwardedBy = actor.Id, AwardedAt = now };
            also.Add(BatchOperation.Create(entry.Id, entry));
            if (decided.MayThankPublicly && turn.Organisation.AnnouncementChannelId is { } channel)
            {
                var thanks = ThankYouCard.Build(decided, turn.Organisation, Localizer.ZhCn);
                messages.Add(OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(thanks), thanks.FallbackText), $"{decided.Id}:thanks", now));
            }
        }

        try
        {
            var stored = await writer.CommitAsync(
                new Change<Suggestion>(StorageContainers.Improvement, current.Key, decided, current.ETag) { Audit = Audit(decision.Events, decided.Id, actor, now), Messages = messages, Also = also },
                cancellationToken);
            return CardActionResult.ShowCard(SuggestionCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, canEvaluate));
        }
        catch (DocumentPreconditionFailedException)
        {
            var latest = await store.ReadAsync<Suggestion>(StorageContainers.Improvement, current.Key, cancellationToken);
            return CardActionResult.ShowCard(SuggestionCard.Build(latest!.Value, latest.ETag, turn.Organisation, turn.Text, canEvaluate, notice: turn.Text["Common.Rejection.StaleVersion"]));
        }
    }

    internal static AuditEvent[] Audit(IReadOnlyList<WorkflowEvent> events, string entityId, Person actor, DateTimeOffset now) =>
        [.. events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(Suggestion), entityId, e.Action, actor.Id, now)
        {
            Comment = e.Comment,
            Details = e.Details,
        })];
}
