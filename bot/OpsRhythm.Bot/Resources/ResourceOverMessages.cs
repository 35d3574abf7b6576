using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Resources;

/// <summary>
/// An entry that pushes a month over its plan (the Domain's "over-budget" / "over-headcount" events) posts
/// <see cref="ResourceOverCard"/> to the department's channel and the ops office's (once when they are the same),
/// committed with the entry. The key names the month and the entry, so a retried commit posts once.
/// </summary>
internal static class ResourceOverMessages
{
    public static IReadOnlyList<OutboxMessage> For(ResourceMonth month, Decision<ResourceMonth> decision, OrganisationProfile organisation, RecipientLanguages languages, DateTimeOffset now)
    {
        if (!decision.Events.Any(e => e.Action is ResourceMachine.OverBudget or ResourceMachine.OverHeadcount))
        {
            return [];
        }

        var card = ResourceOverCard.Build(month, organisation, languages.Shared);
        var activity = ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
        var channels = new[] { (Channel: organisation.FindDepartment(month.DepartmentId)?.ChannelId, Audience: "dept"), (Channel: organisation.OpsChannelId, Audience: "ops") };
        var key = $"{month.DepartmentId}:{month.DocumentId}:{month.Entries}";
        return [.. channels
            .Where(c => !string.IsNullOrEmpty(c.Channel))
            .DistinctBy(c => c.Channel, StringComparer.Ordinal)
            .Select(c => OutboxMessage.Create(OutboxTarget.Channel(c.Channel!), activity, $"{key}:{c.Audience}", now))];
    }
}
