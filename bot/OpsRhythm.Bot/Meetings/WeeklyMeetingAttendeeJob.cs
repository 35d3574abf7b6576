using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Keeps the weekly meeting's attendees in line with the organisation (a new department head, a
/// change in the ops office). A periodic check rather than a hook in the organisation editor: it also
/// catches edits made while Graph was failing, and a failed update is simply tried again next run.
/// </summary>
internal sealed class WeeklyMeetingAttendeeJob(
    IOrganisationDirectory directory,
    MeetingDocuments documents,
    IMeetingCalendar calendar,
    ChangeWriter writer,
    IOptions<MeetingsOptions> options,
    OrganisationClock clock,
    ILogger<WeeklyMeetingAttendeeJob> logger) : IScheduledJob
{
    public string Name => "weekly-meeting-attendees";

    public string CronExpression => options.Value.AttendeeSyncCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (await documents.WeeklyAsync(cancellationToken) is not { } current)
        {
            return;
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var now = clock.UtcNow;
        if (WeeklyMeetingMachine.FollowOrganisation(current.Value, organisation, now) is not { State: { } meeting } decision)
        {
            return;
        }

        if (MeetingPlans.IsInCalendar(meeting.EventId) && calendar.CreatesTeamsMeetings)
        {
            // Failures propagate: the scheduler records them and the next run tries again.
            var updated = await calendar.UpdateAsync(meeting.EventId!, MeetingPlans.Weekly(meeting, organisation), cancellationToken);
            meeting = meeting with { JoinUrl = updated.JoinUrl ?? meeting.JoinUrl };
        }

        var details = decision.Events[0].Details;
        logger.AttendeesFollowed(details["added"], details["removed"]);
        try
        {
            await writer.CommitAsync(
                new Change<WeeklyMeeting>(StorageContainers.Meetings, current.Key, meeting, current.ETag)
                {
                    // The organisation sync changes attendees with no person acting.
                    Audit = AuditTrail.Of(nameof(WeeklyMeeting), meeting.Id, decision, "system", now),
                },
                cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            // The ops office changed the meeting meanwhile (which takes the current attendees); the next run checks again.
        }
    }
}
