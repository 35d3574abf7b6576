using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// Action items of the last <see cref="WeeklyMeetingsSearched"/> weekly operations meetings and of chats in the
/// last <see cref="ChatDaysSearched"/> days: each occurrence is one partition, so a search reads a bounded
/// number of them and never every meeting. The operations office and leadership see every item, a head their
/// department's, anyone the items they own.
/// </summary>
internal sealed class ActionItems(MinutesStore minutes, MeetingDocuments meetings) : ISharedItemSource
{
    public const int WeeklyMeetingsSearched = 5;
    public const int ChatDaysSearched = 7;

    public string Kind => SharedItemKinds.ActionItem;

    public async Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken)
    {
        var found = new List<SharedItemView>();
        foreach (var occurrence in await OccurrencesAsync(query.Today, cancellationToken))
        {
            found.AddRange((await minutes.ItemsAsync(occurrence, cancellationToken))
                .Where(i => MaySee(query, i) && query.Matches(i.Text, i.DepartmentId))
                .Select(i => View(query, i)));
        }

        return found;
    }

    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        if (await minutes.ReadItemAsync(data.GetValueOrDefault(ActionData.EntityIdKey), cancellationToken) is not { } stored)
        {
            return null;
        }

        var item = stored.Value;
        return MaySee(viewer, item) ? View(viewer, item) : SharedItemViews.Restricted(Kind, viewer, Ref(item), item.DepartmentId);
    }

    private static bool MaySee(SharedItemQuery query, ActionItem item) => query.Scope.WholeCompany || query.MaySee(item.DepartmentId, item.OwnerPersonId);

    private async Task<IReadOnlyList<MeetingOccurrenceRef>> OccurrencesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var occurrences = Enumerable.Range(0, ChatDaysSearched).Select(back => MeetingOccurrenceRef.Chat(today.AddDays(-back))).ToList();
        if (await meetings.WeeklyAsync(cancellationToken) is { } weekly)
        {
            occurrences.AddRange(Enumerable.Range(0, 7 * WeeklyMeetingsSearched)
                .Select(back => today.AddDays(-back))
                .Where(day => day.DayOfWeek == weekly.Value.Slot.Day && day >= weekly.Value.FirstDate)
                .Select(MeetingOccurrenceResolver.Weekly));
        }

        return occurrences;
    }

    private SharedItemView View(SharedItemQuery query, ActionItem item)
    {
        var text = query.Text;
        var state = text[$"Minutes.ItemState.{item.State}"];
        var overdue = item.IsOverdue(query.Today);
        var deadline = PlanNames.Date(item.Deadline, text);
        return new SharedItemView(Kind, ExtensionText.Headline(item.Text), Ref(item))
        {
            Summary = $"{query.PersonName(item.OwnerPersonId)} · {deadline} · {(overdue ? text["Extension.ActionItem.Overdue"] : state)}",
            Text = item.Text,
            Rank = overdue ? 0 : item.State == ActionItemState.Open ? 1 : 2,
            Facts =
            [
                new Fact(text["Extension.Fact.Owner"], query.PersonName(item.OwnerPersonId)),
                new Fact(text["Extension.Fact.DueDate"], deadline),
                new Fact(text["Extension.Fact.Department"], query.DepartmentName(item.DepartmentId)),
                new Fact(text["Extension.Fact.State"], overdue ? text["Extension.ActionItem.Overdue"] : state),
            ],
        };
    }

    private static Dictionary<string, string> Ref(ActionItem item) => new(StringComparer.Ordinal)
    {
        [SharedItemFields.Kind] = SharedItemKinds.ActionItem,
        [ActionData.EntityIdKey] = item.Id,
    };
}
