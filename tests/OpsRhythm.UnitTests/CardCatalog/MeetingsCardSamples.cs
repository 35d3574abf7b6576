using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the meetings feature sends: the weekly meeting (manager and viewer, local and Teams, errors), coordination form, slots, invitation, reminder.</summary>
public sealed class MeetingsCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Load();
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var meeting = WeeklyMeetingMachine.Schedule(null, org.FindPerson("wang-min")!, org, new WeeklySlot(DayOfWeek.Friday, new TimeOnly(16, 0), 60), Now).State!;
        var teams = meeting with { EventId = "event-1", JoinUrl = "https://teams.microsoft.com/l/meetup-join/abc" };
        yield return new("meetings/weekly-none-manager", WeeklyMeetingCard.Build(new WeeklyMeetingView(null, null, true), org, text));
        yield return new("meetings/weekly-none-viewer", WeeklyMeetingCard.Build(new WeeklyMeetingView(null, null, false), org, text));
        yield return new("meetings/weekly-teams-manager", WeeklyMeetingCard.Build(new WeeklyMeetingView(teams, "e1", true) { Notice = text["Meetings.Weekly.Scheduled"] }, org, text));
        yield return new("meetings/weekly-local-viewer", WeeklyMeetingCard.Build(new WeeklyMeetingView(meeting with { EventId = "local:1" }, "e1", false), org, text));
        yield return new("meetings/weekly-cancelled", WeeklyMeetingCard.Build(new WeeklyMeetingView(teams with { State = MeetingState.Cancelled }, "e2", true), org, text));
        yield return new("meetings/weekly-graph-error", WeeklyMeetingCard.Build(new WeeklyMeetingView(teams, "e1", true) { Error = text["Meetings.Graph.Throttled"], Typed = new Dictionary<string, string> { ["day"] = "Monday", ["time"] = "09:30", ["duration"] = "90" } }, org, text));
        yield return new("meetings/weekly-invalid", WeeklyMeetingCard.Build(new WeeklyMeetingView(teams, "e1", true)
        {
            Rejection = Rejection.Invalid(new Dictionary<string, FieldError> { ["time"] = new("Meetings.Validation.Time"), ["duration"] = new("Meetings.Validation.Duration", 15, 240) }),
            Typed = new Dictionary<string, string> { ["day"] = "Monday", ["time"] = "later", ["duration"] = "5" },
        }, org, text));
        yield return new("meetings/weekly-channel-notice", WeeklyMeetingCard.Build(new WeeklyMeetingView(teams, null, false) { Notice = text.Format("Meetings.Notice.Moved", "王敏") }, org, text));

        yield return new("meetings/coordinate-form", CoordinationFormCard.Build(org, new DateOnly(2026, 11, 26), text, new Dictionary<string, string> { ["topic"] = "新品交付延期" }));
        yield return new("meetings/coordinate-form-errors", CoordinationFormCard.Build(org, new DateOnly(2026, 11, 26), text,
            new Dictionary<string, string> { ["topic"] = string.Empty, ["people"] = "sun-hao", ["duration"] = "5", ["from"] = "2026-11-20", ["to"] = "2026-11-19" },
            Rejection.Invalid(new Dictionary<string, FieldError>
            {
                ["topic"] = new("Meetings.Validation.Topic", 200),
                ["people"] = new("Meetings.Validation.Participants"),
                ["duration"] = new("Meetings.Validation.Duration", 15, 480),
                ["from"] = new("Meetings.Validation.FromPast"),
            })));
        yield return new("meetings/coordinate-form-graph-error", CoordinationFormCard.Build(org, new DateOnly(2026, 11, 26), text, null, null, text["Meetings.Graph.Forbidden"]));

        var slots = Enumerable.Range(0, 3).Select(i => new TimeRange(Now.AddDays(1).AddHours(i), Now.AddDays(1).AddHours(i + 1))).ToList();
        var proposed = new CoordinationMeeting("coord-1", "新品交付延期：生产与销售对齐交期", "sun-hao", ["zhang-wei", "liu-yang", "zhou-na"], 60) { ProposedSlots = slots, SlotsFromCalendars = true, CreatedAt = Now };
        yield return new("meetings/coordinate-slots", CoordinationCard.Build(proposed, "e1", org, shanghai, text));
        yield return new("meetings/coordinate-slots-local-berlin", CoordinationCard.Build(proposed with { SlotsFromCalendars = false }, "e1", org, berlin, text, notice: text["Common.Rejection.StaleVersion"]));
        yield return new("meetings/coordinate-slot-invalid", CoordinationCard.Build(proposed, "e1", org, shanghai, text, rejection: Rejection.Invalid(new Dictionary<string, FieldError> { ["slot"] = new("Meetings.Validation.Slot") })));
        yield return new("meetings/coordinate-pick-error", CoordinationCard.Build(proposed, "e1", org, shanghai, text, error: text["Meetings.Graph.Unavailable"]));
        var scheduled = proposed with { State = MeetingState.Scheduled, Chosen = slots[1], EventId = "event-2", JoinUrl = "https://teams.microsoft.com/l/meetup-join/def" };
        yield return new("meetings/coordinate-scheduled", CoordinationCard.Build(scheduled, "e2", org, shanghai, text, notice: text["Meetings.Coordinate.Scheduled"]));
        yield return new("meetings/invite", CoordinationCard.BuildInvite(scheduled, org, berlin, text));
        yield return new("meetings/invite-local", CoordinationCard.BuildInvite(scheduled with { JoinUrl = null, EventId = "local:2" }, org, shanghai, text));
        yield return new("meetings/invite-many", CoordinationCard.BuildInvite(scheduled with { ParticipantPersonIds = [.. org.People.Select(p => p.Id)], Topic = new string('议', 200) }, org, shanghai, text));

        yield return new("meetings/reminder", MeetingReminderCard.Build(text["Meetings.Weekly.Subject"], Now.AddMinutes(15), 15, "https://teams.microsoft.com/l/meetup-join/abc", shanghai, text));
        yield return new("meetings/reminder-local", MeetingReminderCard.Build("新品交付延期", Now.AddMinutes(15), 15, null, berlin, text));
    }
}
