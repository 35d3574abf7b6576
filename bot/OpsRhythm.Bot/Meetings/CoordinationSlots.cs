using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Up to three slots for a coordination request: free/busy and working hours from getSchedule (each
/// attendee's own zone), or, without Graph, only the meetings the bot knows; the organisation's office
/// hours (or the person's own zone) where a calendar says nothing.
/// </summary>
internal sealed class CoordinationSlots(IMeetingCalendar calendar, LocalBusyTimes localBusy, IOptions<MeetingsOptions> options, OrganisationClock clock)
{
    internal sealed record Found(IReadOnlyList<TimeRange> Slots, bool FromCalendars);

    public async Task<Found> FindAsync(CoordinationAsk ask, Person requester, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var zone = OrganisationZones.Of(organisation);
        var people = ask.ParticipantPersonIds.Prepend(requester.Id).Distinct(StringComparer.Ordinal)
            .Select(organisation.FindPerson).OfType<Person>().ToList();
        var window = Window(ask, zone);
        if (window.End <= window.Start)
        {
            return new Found([], calendar.CreatesTeamsMeetings);
        }

        var schedules = calendar.CreatesTeamsMeetings
            ? await FromCalendarsAsync(people, window, organisation, cancellationToken)
            : await FromKnownMeetingsAsync(people, window, organisation, cancellationToken);
        var found = SlotFinder.Find(schedules, window, TimeSpan.FromMinutes(ask.DurationMinutes), WorkingHours.OfficeHours(zone), TimeSpan.FromMinutes(options.Value.SlotStepMinutes));
        return new Found(found, calendar.CreatesTeamsMeetings);
    }

    /// <summary>From the first day's midnight (or now, if later) to the midnight after the last day, in the organisation's zone.</summary>
    private TimeRange Window(CoordinationAsk ask, TimeZoneInfo zone)
    {
        var startLocal = ask.From.ToDateTime(TimeOnly.MinValue);
        var endLocal = ask.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var start = new DateTimeOffset(startLocal, zone.GetUtcOffset(startLocal));
        var now = clock.UtcNow;
        return new TimeRange(start < now ? now : start, new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)));
    }

    private async Task<IReadOnlyList<AttendeeSchedule>> FromCalendarsAsync(List<Person> people, TimeRange window, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var withMailbox = people.Where(p => p.Email is not null).ToList();
        var read = withMailbox.Count == 0 ? [] : await calendar.GetScheduleAsync([.. withMailbox.Select(p => p.Email!)], window, cancellationToken);
        var byEmail = read.ToDictionary(s => s.Email, StringComparer.OrdinalIgnoreCase);
        return [.. people.Select(p => p.Email is { } email && byEmail.TryGetValue(email, out var schedule)
            ? schedule with { Hours = schedule.Hours ?? OwnHours(p, organisation) }
            : new AttendeeSchedule(p.Email ?? p.Id, [], OwnHours(p, organisation)))];
    }

    private async Task<IReadOnlyList<AttendeeSchedule>> FromKnownMeetingsAsync(List<Person> people, TimeRange window, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var busy = await localBusy.ForAsync([.. people.Select(p => p.Id)], window, cancellationToken);
        return [.. people.Select(p => new AttendeeSchedule(p.Email ?? p.Id, busy[p.Id], OwnHours(p, organisation)))];
    }

    /// <summary>Office hours in the person's own zone when the organisation knows it; otherwise the organisation's hours apply.</summary>
    private static WorkingHours? OwnHours(Person person, OrganisationProfile organisation) =>
        person.TimeZone is { } zone && zone != organisation.TimeZone ? WorkingHours.OfficeHours(OrganisationZones.Find(zone)) : null;
}
