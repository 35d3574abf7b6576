using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Improvement;

/// <summary>This year's suggestions with their state, and the reward ledger's totals per person.</summary>
public static class SuggestionListCard
{
    private static readonly string[] HeaderKeys = ["Improvement.Field.Problem", "Improvement.Field.Proposer", "Improvement.Field.State"];

    public const int MaxRows = 30;

    public static AdaptiveCard Build(IReadOnlyList<Suggestion> suggestions, IReadOnlyList<RewardLedgerEntry> rewards, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(rewards);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string Person(string id) => organisation.FindPerson(id)?.Name.For(text.Culture) ?? id;
        var body = new List<CardElement> { new TextBlock(text.Format("Improvement.List.Title", suggestions.Count)) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (suggestions.Count == 0)
        {
            body.Add(new TextBlock(text["Improvement.List.Empty"]) { IsSubtle = true });
        }
        else
        {
            body.Add(new Table(
                [new(4), new(2), new(2)],
                [
                    new TableRow([.. HeaderKeys.Select(k => new TableCell([new TextBlock(text[k]) { Weight = TextWeight.Bolder }]))]) { Style = ContainerStyle.Emphasis },
                    .. suggestions.OrderByDescending(s => s.SubmittedAt).Take(MaxRows).Select(s => new TableRow(
                    [
                        new TableCell([new TextBlock(s.Problem) { MaxLines = 2 }]),
                        new TableCell([new TextBlock(Person(s.ProposerPersonId))]),
                        new TableCell([new TextBlock(text[$"Improvement.State.{s.State}"])]),
                    ])),
                ])
            { ShowGridLines = true });
        }

        var totals = rewards.GroupBy(r => r.PersonId).Select(g => new Fact(Person(g.Key), g.Sum(r => r.Points).ToString(text.Culture))).ToList();
        if (totals.Count > 0)
        {
            body.Add(new TextBlock(text["Improvement.List.Rewards"]) { Weight = TextWeight.Bolder, Separator = true });
            body.Add(new FactSet(totals));
        }

        return new AdaptiveCard(body) { FallbackText = text.Format("Improvement.List.Title", suggestions.Count) };
    }
}
