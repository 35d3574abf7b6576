using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Finds which of the bot's meetings a Teams meeting chat belongs to, for its attendees. A Teams join link
/// carries the meeting chat's thread id ("…/meetup-join/19%3ameeting_…%40thread.v2/…"), so the chat id
/// teams-js gives the panel is matched on that thread (<see cref="MeetingThreads"/>, as the minutes match
/// meeting events) with the join links of the scheduled coordination meetings. Any other chat (or a local
/// run without Teams meetings) is taken as the weekly operations meeting, whose people own its action items.
/// </summary>
internal sealed class PanelMeetings(MeetingDocuments meetings)
{
    public async Task<PanelMeeting> FindAsync(string? chatId, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var weekly = (await meetings.WeeklyAsync(cancellationToken))?.Value;
        if (chatId is { Length: > 0 })
        {
            foreach (var meeting in await meetings.ScheduledCoordinationsAsync(cancellationToken))
            {
                if (Joins(meeting.JoinUrl, chatId))
                {
                    return new PanelMeeting(meeting.Id, meeting.Topic, [.. meeting.Everyone]);
                }
            }
        }

        var attendees = weekly is { State: MeetingState.Scheduled, AttendeePersonIds.Count: > 0 }
            ? weekly.AttendeePersonIds
            : [.. organisation.People.Where(p => p.Has(Role.OpsOffice) || organisation.DepartmentHeadedBy(p.Id) is not null).Select(p => p.Id)];
        return new PanelMeeting(WeeklyMeeting.DocumentId, null, attendees);
    }

    /// <summary>Whether a join link is the meeting of <paramref name="chatId"/> (the link holds the thread id URL-encoded).</summary>
    public static bool Joins(string? joinUrl, string chatId) =>
        MeetingThreads.Of(joinUrl) is { } thread && string.Equals(thread, MeetingThreads.Of(chatId), StringComparison.Ordinal);
}
