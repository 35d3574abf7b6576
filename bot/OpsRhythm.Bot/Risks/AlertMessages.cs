using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
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
/// department's channel and the ops office's channel (in the organisation's default language); the owner's message also raises an
/// activity-feed item (a feed belongs to a person, so channel posts have none).
/// </summary>
internal static class AlertMessages
{
    public static IReadOnlyList<OutboxMessage> For(RiskAlert alert, Risk risk, Indicator indicator, RecipientLanguages languages, OrganisationProfile organisation, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage>();
        var owner = organisation.FindPerson(risk.OwnerPersonId);
        if (owner is not null)
        {
            var text = languages.For(owner);
            var department = organisation.FindDepartment(alert.DepartmentId)?.Name.For(text.Culture) ?? alert.DepartmentId;
            messages.Add(Message(OutboxTarget.Person(owner.Id), text, "owner") with
            {
                ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.RiskAlert, ("department", department), ("subject", indicator.Name.For(text.Culture))),
            });
        }

        if (organisation.FindDepartment(alert.DepartmentId)?.ChannelId is { } departmentChannel)
        {
            messages.Add(Message(OutboxTarget.Channel(departmentChannel), languages.Shared, "dept"));
        }

        if (organisation.OpsChannelId is { } opsChannel && !messages.Any(m => m.Target.Id == opsChannel))
        {
            messages.Add(Message(OutboxTarget.Channel(opsChannel), languages.Shared, "ops"));
        }

        return messages;

        OutboxMessage Message(OutboxTarget target, Localizer text, string audience)
        {
            var card = RiskAlertCard.Build(alert, "raised", risk, indicator, organisation, text);
            var activity = ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
            return OutboxMessage.Create(target, activity, $"{alert.Id}:{audience}", now);
        }
    }
}
