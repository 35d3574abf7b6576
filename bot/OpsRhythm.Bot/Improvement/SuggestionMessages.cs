using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>What a suggestion's changes send and write beside it: the ops office's evaluation card, the proposer's answer, the public thanks and the reward.</summary>
internal static class SuggestionMessages
{
    public static IReadOnlyList<OutboxMessage> Submitted(ChangeMade<Suggestion> made, OrganisationProfile organisation, RecipientLanguages languages)
    {
        if (organisation.OpsChannelId is not { } opsChannel)
        {
            return [];
        }

        var card = SuggestionCard.Build(made.After, "new", organisation, languages.Shared, canEvaluate: true);
        return [OutboxMessage.Create(OutboxTarget.Channel(opsChannel), ActivityFactory.Card(CardJson.ToElement(card), languages.Shared["Improvement.NewForOps"]), $"{made.After.Id}:submitted:ops", made.At)];
    }

    public static IReadOnlyList<OutboxMessage> Decided(ChangeMade<Suggestion> made, OrganisationProfile organisation, RecipientLanguages languages)
    {
        var decided = made.After;
        var messages = new List<OutboxMessage>();
        if (organisation.FindPerson(decided.ProposerPersonId) is { } proposer)
        {
            var proposerText = languages.For(proposer);
            var card = ThankYouCard.Decided(decided, proposerText);
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(proposer.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{decided.Id}:decided:proposer", made.At)
                with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.SuggestionReviewed, ("outcome", ThankYouCard.Outcome(decided, proposerText))) });
        }

        if (decided.State == SuggestionState.Accepted && decided.MayThankPublicly && organisation.AnnouncementChannelId is { } channel)
        {
            var thanks = ThankYouCard.Build(decided, organisation, languages.Shared);
            messages.Add(OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(thanks), thanks.FallbackText), $"{decided.Id}:thanks", made.At));
        }

        return messages;
    }

    /// <summary>An accepted suggestion's reward, in the same batch as the acceptance.</summary>
    public static IReadOnlyList<BatchOperation> Reward(ChangeMade<Suggestion> made)
    {
        var decided = made.After;
        if (decided.State != SuggestionState.Accepted)
        {
            return [];
        }

        var entry = new RewardLedgerEntry(RewardLedgerEntry.IdFor(decided.Id), decided.ProposerPersonId, decided.RewardPoints, "suggestion", decided.Id)
        {
            AwardedBy = decided.DecidedBy ?? string.Empty,
            AwardedAt = made.At,
        };
        return [BatchOperation.Create(entry.Id, entry)];
    }
}
