using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Without Graph no calendar can be read: each person is busy only at the meetings OpsRhythm itself
/// knows (the weekly operations meeting and scheduled coordination meetings they attend).
/// </summary>
internal sealed class LocalBusyTimes(MeetingDocuments documents)
{
    public async Task<IReadOnlyDictionary<string, List<TimeRange>>> ForAsync(IReadOnlyCollection<string> personIds, TimeRange window, CancellationToken cancellationToken)
    {
        var busy = personIds.ToDictionary(id => id, _ => new List<TimeRange>(), StringComparer.Ordinal);
        if ((await documents.WeeklyAsync(cancellationToken))?.Value is { } weekly)
        {
            var ranges = weekly.OccurrencesBetween(window.Start - weekly.Slot.Duration, window.End).Select(s => new TimeRange(s, s + weekly.Slot.Duration)).ToList();
            foreach (var id in weekly.AttendeePersonIds.Where(busy.ContainsKey))
            {
                busy[id].AddRange(ranges);
            }
        }

        // From the background-refreshed cache: no query across meetings on the proposer's turn.
        foreach (var meeting in await documents.ScheduledCoordinationsAsync(cancellationToken))
        {
            if (meeting.Chosen is not { } chosen || !chosen.Overlaps(window))
            {
                continue;
            }

            foreach (var id in meeting.Everyone.Where(busy.ContainsKey))
            {
                busy[id].Add(chosen);
            }
        }

        return busy;
    }
}
