using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The open action items of the meetings: those of the departments shown in detail and, without a
/// department filter, the viewer's own. Read from <see cref="IOpenActionItems"/>, kept in memory and refreshed
/// in the background, so a page load reads no partition for them.
/// </summary>
internal sealed class ActionItemSection(IOpenActionItems items)
{
    public const int Shown = 50;

    public async Task<ActionItemsView> ReadAsync(
        Person viewer, IReadOnlyList<string> detail, bool withOwn, DateOnly today, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(text);
        var visible = (await items.GetAsync(cancellationToken))
            .Where(i => (i.DepartmentId is { } d && detail.Contains(d, StringComparer.Ordinal)) || (withOwn && i.OwnerPersonId == viewer.Id))
            .OrderByDescending(i => i.IsOverdue(today))
            .ThenBy(i => i.Deadline)
            .ThenBy(i => i.CreatedAt)
            .ToList();
        var rows = visible.Take(Shown).Select(i => new ActionItemRow(
            i.Id,
            i.DepartmentId,
            i.DepartmentId is { } department ? PlanSection.DepartmentName(organisation, department, text) : string.Empty,
            i.Text,
            PlanSection.PersonName(organisation, i.OwnerPersonId, text),
            i.Deadline,
            i.IsOverdue(today),
            MeetingName(i, text),
            i.MeetingDate));
        return new ActionItemsView(visible.Count, visible.Count(i => i.IsOverdue(today)), [.. rows]);
    }

    private static string MeetingName(ActionItem item, Localizer text) => item.Kind switch
    {
        MeetingKind.Weekly => text["Meetings.Weekly.Subject"],
        _ when item.MeetingId == MeetingOccurrenceRef.ChatMeetingId => text["Minutes.Card.FromChat"],
        MeetingKind.Coordination => text["Dashboard.ActionItems.Coordination"],
        _ => text["Minutes.Card.OtherMeeting"],
    };
}
