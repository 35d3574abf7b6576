using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings;

/// <summary>
/// The weekly operations meeting: when, who, the Teams link. The ops office sees the day, time and
/// duration inputs with schedule/move and cancel; everyone else sees the meeting and may ask for a coordination meeting.
/// </summary>
public static class WeeklyMeetingCard
{
    public static AdaptiveCard Build(WeeklyMeetingView view, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var meeting = view.Meeting;
        var body = new List<CardElement> { MeetingCardParts.Title(text["Meetings.Weekly.Title"]) };
        if (meeting is null || meeting.State == MeetingState.Cancelled)
        {
            body.Add(new TextBlock(text[meeting is null ? "Meetings.Weekly.NotScheduled" : "Meetings.Weekly.Cancelled"]));
        }
        else
        {
            body.Add(new FactSet(
            [
                new(text["Meetings.Field.When"], When(meeting, text)),
                new(text["Meetings.Field.Attendees"], MeetingCardParts.People(organisation, meeting.AttendeePersonIds, text)),
            ]));
            if (meeting.JoinUrl is null)
            {
                body.Add(MeetingCardParts.Subtle(text["Meetings.NoTeamsMeeting"]));
            }
        }

        if (view.Notice is not null)
        {
            body.Add(MeetingCardParts.Notice(view.Notice));
        }

        if (view.Error is not null)
        {
            body.Add(MeetingCardParts.Error(view.Error));
        }

        if (view.Rejection is { Reason: not RejectionReason.InvalidInput } rejection)
        {
            body.Add(MeetingCardParts.Error(RejectionText.Describe(rejection, text)));
        }

        var actions = new List<CardAction>();
        if (meeting?.JoinUrl is { } join && meeting.State == MeetingState.Scheduled)
        {
            actions.Add(new OpenUrlAction(join) { Title = text["Meetings.Join"] });
        }

        if (view.CanManage)
        {
            body.AddRange(Inputs(meeting, view, text));
            var scheduled = meeting is { State: MeetingState.Scheduled };
            actions.Add(ActionData.Execute(text[scheduled ? "Meetings.Weekly.Move" : "Meetings.Weekly.Schedule"], MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, view.Version));
            if (scheduled)
            {
                // Cancelling removes the series from everybody's calendar: a second, explicit click confirms it.
                var confirm = new AdaptiveCard([new TextBlock(text["Meetings.Weekly.CancelConfirmText"])])
                {
                    Actions = [ActionData.Execute(text["Meetings.Weekly.CancelConfirm"], MeetingVerbs.Cancel, WeeklyMeeting.DocumentId, view.Version) with { AssociatedInputs = "none", Style = ActionStyle.Destructive }],
                };
                actions.Add(new ShowCardAction(confirm) { Title = text["Meetings.Weekly.CancelMeeting"] });
            }
        }
        else
        {
            body.Add(MeetingCardParts.Subtle(text["Meetings.Weekly.Viewer"]));
        }

        actions.Add(ActionData.Execute(text["Meetings.Coordinate.Show"], MeetingVerbs.CoordinationForm) with { AssociatedInputs = "none" });
        return new AdaptiveCard(body) { Actions = actions, FallbackText = text["Meetings.Weekly.Title"] };
    }

    /// <summary>"Every Friday at 16:00, 60 minutes (Asia/Shanghai)".</summary>
    public static string When(WeeklyMeeting meeting, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(text);
        return text.Format(
            "Meetings.Weekly.When",
            text.Culture.DateTimeFormat.GetDayName(meeting.Slot.Day),
            meeting.Slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            meeting.Slot.DurationMinutes,
            meeting.TimeZone);
    }

    private static IEnumerable<CardElement> Inputs(WeeklyMeeting? meeting, WeeklyMeetingView view, Localizer text)
    {
        string? Typed(string key) => view.Typed?.TryGetValue(key, out var value) == true ? value : null;
        var slot = meeting?.Slot ?? new WeeklySlot(DayOfWeek.Friday, new TimeOnly(16, 0), 60);
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        var day = new InputChoiceSet([.. days.Select(d => new Choice(text.Culture.DateTimeFormat.GetDayName(d), d.ToString()))])
        {
            Id = MeetingFields.Day,
            Label = text["Meetings.Field.Day"],
            Value = Typed(MeetingFields.Day) ?? slot.Day.ToString(),
            IsRequired = true,
            ErrorMessage = text["Meetings.Validation.Day"],
        };
        var time = new InputTime
        {
            Id = MeetingFields.Time,
            Label = text["Meetings.Field.Time"],
            Value = Typed(MeetingFields.Time) ?? slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            IsRequired = true,
            ErrorMessage = text["Meetings.Validation.Time"],
        };
        var duration = new InputNumber
        {
            Id = MeetingFields.Duration,
            Label = text["Meetings.Field.Duration"],
            Value = double.TryParse(Typed(MeetingFields.Duration), NumberStyles.Integer, CultureInfo.InvariantCulture, out var typed) ? typed : slot.DurationMinutes,
            Min = WeeklySlot.MinDurationMinutes,
            Max = WeeklySlot.MaxDurationMinutes,
            IsRequired = true,
            ErrorMessage = text.Format("Meetings.Validation.Duration", WeeklySlot.MinDurationMinutes, WeeklySlot.MaxDurationMinutes),
        };
        return FieldInput.With(day, view.Rejection, text)
            .Concat(FieldInput.With(time, view.Rejection, text))
            .Concat(FieldInput.With(duration, view.Rejection, text));
    }
}
