using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The meeting occurrence a panel records into: today's (the organisation's day) of the meeting its chat or
/// Teams meeting id names (<see cref="MeetingOccurrenceResolver"/>, as the meeting events use), else today's
/// weekly operations meeting (a local run, or a panel opened outside a meeting).
/// </summary>
internal sealed class PanelOccurrences(MeetingOccurrenceResolver resolver, MinutesStore minutes, OrganisationClock clock)
{
    /// <summary>How many days back "last week's" weekly meeting may lie (it may have been moved within the week).</summary>
    private const int LastWeekDays = 7;

    public async Task<MeetingOccurrenceRef> TodayAsync(string? chatId, string? meetingId, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var today = clock.Today(organisation);
        return await resolver.ForMeetingAsync(chatId ?? meetingId, today, cancellationToken) ?? MeetingOccurrenceResolver.Weekly(today);
    }

    /// <summary>The action items of the weekly meetings of the last seven days (one single-partition query per day).</summary>
    public async Task<IReadOnlyList<ActionItem>> LastWeekAsync(OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var today = clock.Today(organisation);
        var items = new List<ActionItem>();
        for (var back = LastWeekDays; back >= 1; back--)
        {
            items.AddRange(await minutes.ItemsAsync(MeetingOccurrenceResolver.Weekly(today.AddDays(-back)), cancellationToken));
        }

        return items;
    }
}
