using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings;

/// <summary>What the calendar is asked for: the meeting's time, zone and the attendees who have a mailbox, named in the organisation's default language (everyone reads the same event).</summary>
internal static class MeetingPlans
{
    /// <summary>Event ids the local stand-in made: a calendar configured later cannot move or cancel them, only create anew.</summary>
    public const string LocalEventPrefix = "local:";

    public static MeetingPlan Weekly(WeeklyMeeting meeting, OrganisationProfile organisation)
    {
        var zone = OrganisationZones.Find(meeting.TimeZone);
        var local = meeting.FirstDate.ToDateTime(meeting.Slot.Start);
        return new MeetingPlan(RecipientLanguages.Default(organisation)["Meetings.Weekly.Subject"], new DateTimeOffset(local, zone.GetUtcOffset(local)), meeting.Slot.Duration, meeting.TimeZone, Attendees(meeting.AttendeePersonIds, organisation))
        {
            WeeklyOn = [meeting.Slot.Day],
        };
    }

    public static MeetingPlan Coordination(CoordinationMeeting meeting, TimeRange chosen, OrganisationProfile organisation)
    {
        return new MeetingPlan(meeting.Topic, chosen.Start, meeting.Duration, organisation.TimeZone, Attendees(meeting.Everyone, organisation));
    }

    public static bool IsInCalendar(string? eventId) => eventId is not null && !eventId.StartsWith(LocalEventPrefix, StringComparison.Ordinal);

    /// <summary>The zone a person reads times in: their own, else the organisation's.</summary>
    public static TimeZoneInfo ZoneOf(Person? person, OrganisationProfile organisation)
    {
        return OrganisationZones.TryFind(person?.TimeZone, out var own) ? own : OrganisationZones.Of(organisation);
    }

    private static List<MeetingAttendee> Attendees(IEnumerable<string> personIds, OrganisationProfile organisation) =>
        [.. personIds
            .Select(organisation.FindPerson)
            .Where(p => p?.Email is not null)
            .Select(p => new MeetingAttendee(p!.Email!, p.Name.For(RecipientLanguages.Default(organisation).Culture)))];
}
