using System.Security.Cryptography;
using System.Text.Json;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The occurrence's minutes as the panel shows them, and their version: one query of the occurrence's
/// partition (meetings container, pk "{meeting}:{day}"), so polling costs one single-partition read.
/// The version is a hash of what the reader is shown, so it changes exactly when the panel would.
/// </summary>
internal sealed class PanelMinutesReader(MinutesStore minutes, OrganisationClock clock)
{
    public async Task<(PanelMinutes Minutes, string ETag)> ReadAsync(
        MeetingOccurrenceRef occurrence, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var decisions = await minutes.DecisionsAsync(occurrence, cancellationToken);
        var items = await minutes.ItemsAsync(occurrence, cancellationToken);
        var view = new PanelMinutes(
            [.. decisions.Select(d => new PanelDecisionRow(d.Id, d.Text, PlanSection.PersonName(organisation, d.RecordedBy, text), DisplayTime.Moment(d.RecordedAt, organisation, text)))],
            [.. items.Select(i => Row(i, organisation, text, clock.Today(organisation)))]);
        return (view, Version(decisions.Select(d => d.Id).Concat(items.Select(i => i.Id + ":" + i.State + ":" + i.OwnerPersonId + ":" + i.Deadline.DayNumber))));
    }

    public static PanelActionRow Row(ActionItem item, OrganisationProfile organisation, Localizer text, DateOnly today) =>
        new(item.Id,
            item.Text,
            PlanSection.PersonName(organisation, item.OwnerPersonId, text),
            DisplayTime.Date(item.Deadline, text),
            item.Link is { } link ? link.Label ?? link.Id : null,
            item.State.ToString(),
            text[$"Minutes.ItemState.{item.State}"],
            item.IsOverdue(today));

    /// <summary>A strong ETag over the minutes' documents and their changing fields (ids are unique, so order and content are covered).</summary>
    private static string Version(IEnumerable<string> parts) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(parts.ToList())))[..32] + "\"";
}
