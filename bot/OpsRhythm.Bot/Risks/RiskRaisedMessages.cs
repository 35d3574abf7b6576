using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// A high or critical risk is news for the ops office and the risk's department: registering one, or
/// reassessing one up to that level, posts <see cref="RiskRaisedCard"/> to the department's channel and the ops
/// office's channel (once when they are the same), in the organisation's language, committed with the risk.
/// Without channels nothing is posted; the owner still has the risk card.
/// </summary>
internal static class RiskRaisedMessages
{
    public static bool IsNews(RiskLevel level) => level >= RiskLevel.High;

    /// <summary>The messages for <paramref name="risk"/> as it now stands, or none when it is below high; <paramref name="key"/> makes each post once.</summary>
    public static IReadOnlyList<OutboxMessage> For(Risk risk, string reason, string key, RiskLevelBands bands, OrganisationProfile organisation, RecipientLanguages languages, DateTimeOffset now)
    {
        if (!IsNews(risk.LevelIn(bands)))
        {
            return [];
        }

        var card = RiskRaisedCard.Build(risk, reason, bands, organisation, languages.Shared);
        var activity = ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
        var channels = new[] { (Channel: organisation.FindDepartment(risk.DepartmentId)?.ChannelId, Audience: "dept"), (Channel: organisation.OpsChannelId, Audience: "ops") };
        return [.. channels
            .Where(c => !string.IsNullOrEmpty(c.Channel))
            .DistinctBy(c => c.Channel, StringComparer.Ordinal)
            .Select(c => OutboxMessage.Create(OutboxTarget.Channel(c.Channel!), activity, $"{risk.Id}:{key}:{c.Audience}", now))];
    }
}
