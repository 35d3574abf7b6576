using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// "suggestions" / "建议列表": this year's suggestions and reward points (one partition); the ops
/// office also gets the evaluation card of each suggestion still waiting.
/// </summary>
internal sealed class SuggestionsCommand(IDocumentStore store, OrganisationClock clock) : IChatCommand
{
    private const int PendingCardsShown = 5;

    public string Name => "suggestions";

    public string HelpTextKey => "Improvement.Help.Suggestions";

    public IReadOnlyList<string> Phrases { get; } = ["suggestions", "rewards", "建议列表", "奖励积分"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var pk = clock.Today(turn.Organisation).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var suggestions = new List<StoredDocument<Suggestion>>();
        await foreach (var s in store.QueryAsync<Suggestion>(StorageContainers.Improvement, pk, DocumentQuery.Of<Suggestion>(), cancellationToken))
        {
            suggestions.Add(s);
        }

        var rewards = new List<RewardLedgerEntry>();
        await foreach (var r in store.QueryAsync<RewardLedgerEntry>(StorageContainers.Improvement, pk, DocumentQuery.Of<RewardLedgerEntry>(), cancellationToken))
        {
            rewards.Add(r.Value);
        }

        turn.ReplyCard(SuggestionListCard.Build([.. suggestions.Select(s => s.Value)], rewards, turn.Organisation, turn.Text));
        if (turn.Actor?.Has(Role.OpsOffice) == true)
        {
            foreach (var pending in suggestions.Where(s => s.Value.State == SuggestionState.Submitted).OrderBy(s => s.Value.SubmittedAt).Take(PendingCardsShown))
            {
                turn.ReplyCard(SuggestionCard.Build(pending.Value, pending.ETag, turn.Organisation, turn.Text, canEvaluate: true));
            }
        }
    }
}
