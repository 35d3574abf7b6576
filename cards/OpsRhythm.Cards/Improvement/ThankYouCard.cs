using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Improvement;

/// <summary>The public thank-you for an accepted suggestion, posted only when the proposer agreed.</summary>
public static class ThankYouCard
{
    public static AdaptiveCard Build(Suggestion suggestion, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var name = organisation.FindPerson(suggestion.ProposerPersonId)?.Name.For(text.Culture) ?? suggestion.ProposerPersonId;
        var title = text.Format("Improvement.Thanks.Title", name);
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(text.Format("Improvement.Thanks.Body", suggestion.Proposal, suggestion.ExpectedBenefit)),
            new TextBlock(text.Format("Improvement.Thanks.Points", suggestion.RewardPoints)) { Color = TextColor.Good },
        ])
        { FallbackText = title };
    }

    /// <summary>The proposer's own notice of the decision.</summary>
    public static AdaptiveCard Decided(Suggestion suggestion, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(text);
        var message = suggestion.State == SuggestionState.Accepted
            ? text.Format("Improvement.Decided.Accepted", suggestion.RewardPoints)
            : text.Format("Improvement.Decided.Declined", suggestion.DecisionReason ?? string.Empty);
        return new AdaptiveCard(
        [
            new TextBlock(text["Improvement.Card.Title"]) { Weight = TextWeight.Bolder },
            new TextBlock(suggestion.Problem) { IsSubtle = true, MaxLines = 2 },
            new TextBlock(message) { Color = suggestion.State == SuggestionState.Accepted ? TextColor.Good : TextColor.Default },
        ])
        { FallbackText = message };
    }

    /// <summary>The decision in a few words, for the proposer's activity-feed item: "已采纳，奖励 80 积分" / "未采纳：理由".</summary>
    public static string Outcome(Suggestion suggestion, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(text);
        return suggestion.State == SuggestionState.Accepted
            ? text.Format("Improvement.Outcome.Accepted", suggestion.RewardPoints)
            : text.Format("Improvement.Outcome.Declined", string.IsNullOrWhiteSpace(suggestion.DecisionReason) ? "—" : suggestion.DecisionReason);
    }
}
