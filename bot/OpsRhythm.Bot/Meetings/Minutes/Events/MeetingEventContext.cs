using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Meetings.Minutes.Events;

/// <summary>
/// What both meeting events need first: the organisation, the occurrence the chat is (its day in the
/// organisation's zone), and the chat remembered as a conversation the outbox can post to.
/// </summary>
internal sealed class MeetingEventContext(IOrganisationDirectory directory, IConversationDirectory conversations, MeetingOccurrenceResolver resolver, OrganisationClock clock)
{
    public OrganisationClock Clock => clock;

    public async Task<(OrganisationProfile Organisation, MeetingOccurrenceRef Occurrence)?> ReadAsync(Activity activity, MeetingEvent meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var organisation = await directory.GetAsync(cancellationToken);
        var at = meeting.At ?? clock.UtcNow;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, OrganisationZones.Of(organisation)).DateTime);
        var occurrence = await resolver.ForMeetingAsync(meeting.ChatId, date, cancellationToken)
            ?? await resolver.ForMeetingAsync(meeting.JoinUrl ?? meeting.TeamsMeetingId, date, cancellationToken);
        if (occurrence is null)
        {
            return null;
        }

        await conversations.RememberAsync(activity, null, cancellationToken);
        return (organisation, occurrence.Kind == MeetingKind.Other && meeting.Title is { } title ? occurrence with { Topic = title } : occurrence);
    }
}
