using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Suggestions: submitted by anyone (the ops channel gets the evaluation card), accepted with a
/// reward-ledger entry and thanks, or declined with a reason, each in one batch of the year's partition.
/// </summary>
internal sealed class ImprovementCardHandler(CardPipeline pipeline, IDocumentStore store) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.Submit] = VerbAccess.Company(RoleSets.Everyone),
        [ImprovementVerbs.Accept] = VerbAccess.Company(Role.OpsOffice),
        [ImprovementVerbs.Decline] = VerbAccess.Company(Role.OpsOffice),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        return card.Verb switch
        {
            ImprovementVerbs.Submit => pipeline.CreateAsync(card, Submission(card), cancellationToken),
            ImprovementVerbs.Accept => pipeline.ChangeAsync(card, Decide(card, () => new AcceptSuggestion(
                Number(card, ImprovementFields.Feasibility), Number(card, ImprovementFields.Effectiveness), Number(card, ImprovementFields.CostBenefit), Number(card, ImprovementFields.Points)),
                (s, c, now) => SuggestionMachine.Accept(s, card.Actor, c, now)), cancellationToken),
            _ => pipeline.ChangeAsync(card, Decide(card, () => new DeclineSuggestion(card.Value(ImprovementFields.Reason)),
                (s, c, now) => SuggestionMachine.Decline(s, card.Actor, c, now)), cancellationToken),
        };
    }

    /// <summary>A suggestion submitted from the form; the message extension's "记为改进建议" runs the same one, answering in its dialog.</summary>
    public StateCreation<Suggestion, SubmitSuggestion> Submission(CardTurn card) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(Suggestion),
        Read = () => new SubmitSuggestion(
            card.Value(ImprovementFields.Problem), card.Value(ImprovementFields.Proposal), card.Value(ImprovementFields.Benefit), card.Value(ImprovementFields.MayThank) != "false"),
        Decide = command => SuggestionMachine.Submit(ImprovementIds.New(pipeline.Clock.Today(card.Organisation).Year, "sug"), card.Actor, command, pipeline.Clock.UtcNow),
        Key = s => new DocumentKey(ImprovementIds.PartitionOf(s.Id)!, s.Id),
        Messages = made => SuggestionMessages.Submitted(made, card.Organisation, card.Turn.Languages),
        ShowForm = rejection => CardActionResult.ShowCard(SuggestionFormCard.Build(card.Text, card.Request.Data, rejection)),
        Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(SuggestionCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, canEvaluate: false, notice: note.Notice))),
        Done = _ => card.Text["Improvement.Submitted"],
    };

    private StateChange<Suggestion, TCommand> Decide<TCommand>(CardTurn card, Func<TCommand> read, Func<Suggestion, TCommand, DateTimeOffset, Decision<Suggestion>> decide) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(Suggestion),
        Load = async ct => ImprovementIds.PartitionOf(card.Request.EntityId) is { } pk
            ? await store.ReadAsync<Suggestion>(StorageContainers.Improvement, new DocumentKey(pk, card.Request.EntityId!), ct)
            : null,
        Read = _ => read(),
        Decide = (s, command) => decide(s, command, pipeline.Clock.UtcNow),
        Messages = made => SuggestionMessages.Decided(made, card.Organisation, card.Turn.Languages),
        Also = SuggestionMessages.Reward,
        Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(SuggestionCard.Build(
            stored.Value, stored.ETag, card.Organisation, card.Text, card.Actor.Has(Role.OpsOffice), note.Rejection is null ? null : card.Request.Data, note.Rejection, note.Notice))),
    };

    /// <summary>A whole number as typed, or null (the Domain says which range it must be in).</summary>
    private static int? Number(CardTurn card, string field) =>
        int.TryParse(card.Value(field), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
