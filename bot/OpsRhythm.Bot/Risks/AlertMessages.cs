using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// The messages of one early-warning alert: the risk owner's 1:1 chat (in their language), the
/// department's channel and the ops office's channel (in Chinese), each raising an activity-feed notice.
/// </summary>
public static class AlertMessages
{
    public const string ActivityFeedType = ActivityFeedTypes.RiskAlert;

    public static IReadOnlyList<OutboxMessage> For(RiskAlert alert, Risk risk, Indicator indicator, OrganisationProfile organisation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(organisation);
        var messages = new List<OutboxMessage>();
        var owner = organisation.FindPerson(risk.OwnerPersonId);
        if (owner is not null)
        {
            messages.Add(Message(OutboxTarget.Person(owner.Id), Localizer.For(owner.Locale), "owner"));
        }

        if (organisation.FindDepartment(alert.DepartmentId)?.ChannelId is { } departmentChannel)
        {
            messages.Add(Message(OutboxTarget.Channel(departmentChannel), Localizer.ZhCn, "dept"));
        }

        if (organisation.OpsChannelId is { } opsChannel && !messages.Any(m => m.Target.Id == opsChannel))
        {
            messages.Add(Message(OutboxTarget.Channel(opsChannel), Localizer.ZhCn, "ops"));
        }

        return messages;

        OutboxMessage Message(OutboxTarget target, Localizer text, string audience)
        {
            var card = RiskAlertCard.Build(alert, "raised", risk, indicator, organisation, text);
            var activity = ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
            return OutboxMessage.Create(target, activity, $"{alert.Id}:{audience}", now) with { ActivityFeedType = ActivityFeedType };
        }
    }
}
