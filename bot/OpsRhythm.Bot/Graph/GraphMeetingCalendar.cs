using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using DayOfWeek = System.DayOfWeek;
using TimeRange = OpsRhythm.Domain.Meetings.TimeRange;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Meetings in the organiser's Outlook calendar with a Teams link (app-only, Calendars.ReadWrite
/// scoped to that mailbox with Exchange RBAC for Applications), and free/busy by getSchedule.
/// </summary>
internal sealed class GraphMeetingCalendar(GraphServiceClient graph, IOptions<GraphOptions> options) : IMeetingCalendar
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private string Organizer => options.Value.Organizer ?? throw new InvalidOperationException("Graph:Organizer is not set.");

    public bool CreatesTeamsMeetings => true;

    public async Task<CalendarMeeting> CreateAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        var body = ToEvent(plan);
        body.IsOnlineMeeting = true;
        body.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        var created = await graph.Users[Organizer].Events.PostAsync(body, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph created no event.");
        return new CalendarMeeting(created.Id!, created.OnlineMeeting?.JoinUrl);
    }

    public async Task<CalendarMeeting> UpdateAsync(string eventId, MeetingPlan plan, CancellationToken cancellationToken)
    {
        var updated = await graph.Users[Organizer].Events[eventId].PatchAsync(ToEvent(plan), cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Graph returned no event.");
        return new CalendarMeeting(updated.Id ?? eventId, updated.OnlineMeeting?.JoinUrl);
    }

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) =>
        graph.Users[Organizer].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<AttendeeSchedule>> GetScheduleAsync(IReadOnlyList<string> emails, TimeRange window, CancellationToken cancellationToken)
    {
        var response = await graph.Users[Organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = [.. emails],
            StartTime = Utc(window.Start),
            EndTime = Utc(window.End),
            AvailabilityViewInterval = options.Value.AvailabilityViewIntervalMinutes,
        }, cancellationToken: cancellationToken);
        return (response?.Value ?? []).Select(s => ScheduleParser.Parse(s, window.Start, options.Value.AvailabilityViewIntervalMinutes)).ToList();
    }

    private static Event ToEvent(MeetingPlan plan)
    {
        var zone = OrganisationZones.Find(plan.TimeZone);
        var graphZone = TimeZoneInfo.TryConvertIanaIdToWindowsId(plan.TimeZone, out var windows) ? windows : plan.TimeZone;
        var start = TimeZoneInfo.ConvertTime(plan.Start, zone);
        var body = new Event
        {
            Subject = plan.Subject,
            Body = plan.BodyHtml is null ? null : new ItemBody { ContentType = BodyType.Html, Content = plan.BodyHtml },
            Start = new DateTimeTimeZone { DateTime = start.ToString(LocalFormat, CultureInfo.InvariantCulture), TimeZone = graphZone },
            End = new DateTimeTimeZone { DateTime = (start + plan.Duration).ToString(LocalFormat, CultureInfo.InvariantCulture), TimeZone = graphZone },
            Attendees = plan.Attendees
                .Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })
                .ToList(),
        };
        if (plan.WeeklyOn.Count > 0)
        {
            body.Recurrence = new PatternedRecurrence
            {
                Pattern = new RecurrencePattern
                {
                    Type = RecurrencePatternType.Weekly,
                    Interval = 1,
                    DaysOfWeek = plan.WeeklyOn.Select(ToGraphDay).Select(d => (DayOfWeekObject?)d).ToList(),
                    FirstDayOfWeek = DayOfWeekObject.Monday,
                },
                Range = new RecurrenceRange
                {
                    Type = RecurrenceRangeType.NoEnd,
                    StartDate = new Date(start.Year, start.Month, start.Day),
                    RecurrenceTimeZone = graphZone,
                },
            };
        }

        return body;
    }

    private static DateTimeTimeZone Utc(DateTimeOffset time) =>
        new() { DateTime = time.UtcDateTime.ToString(LocalFormat, CultureInfo.InvariantCulture), TimeZone = "UTC" };

    private static DayOfWeekObject ToGraphDay(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => DayOfWeekObject.Monday,
        DayOfWeek.Tuesday => DayOfWeekObject.Tuesday,
        DayOfWeek.Wednesday => DayOfWeekObject.Wednesday,
        DayOfWeek.Thursday => DayOfWeekObject.Thursday,
        DayOfWeek.Friday => DayOfWeekObject.Friday,
        DayOfWeek.Saturday => DayOfWeekObject.Saturday,
        _ => DayOfWeekObject.Sunday,
    };
}
