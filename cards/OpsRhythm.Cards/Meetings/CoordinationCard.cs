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
/// A coordination meeting: while proposed, the requester's card offers the slots as buttons; once
/// scheduled, it shows the chosen time and the Teams link. <see cref="BuildInvite"/> is what participants receive.
/// </summary>
public static class CoordinationCard
{
    public static AdaptiveCard Build(CoordinationMeeting meeting, string version, OrganisationProfile organisation, TimeZoneInfo zone, Localizer text, string? notice = null, string? error = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            MeetingCardParts.Title(text.Format(meeting.State == MeetingState.Proposed ? "Meetings.Slots.Title" : "Meetings.Coordinate.ScheduledTitle", meeting.Topic)),
            Facts(meeting, organisation, zone, text),
        };
        var actions = new List<CardAction>();
        if (meeting.State == MeetingState.Proposed)
        {
            body.Add(new TextBlock(text["Meetings.Slots.Intro"]));
            body.Add(MeetingCardParts.Subtle(text[meeting.SlotsFromCalendars ? "Meetings.Slots.FromCalendars" : "Meetings.Slots.LocalOnly"]));
            body.Add(MeetingCardParts.Subtle(text.Format("Meetings.Slots.Zone", DisplayTime.ZoneName(zone, text))));

            // Short, distinct button titles ("12月8日（周二）10:00–11:00"): Teams cuts long ones to the same prefix.
            // One slot a row, so a phone (360 px) shows each whole instead of three cut to "11月27…".
            body.AddRange(meeting.ProposedSlots.Select((slot, index) => new ActionSet([ActionData.Execute(
                DisplayTime.Range(slot.Start, slot.End, zone, text),
                MeetingVerbs.Pick,
                meeting.Id,
                version,
                new Dictionary<string, string> { [MeetingFields.Slot] = index.ToString(CultureInfo.InvariantCulture) })]) { Spacing = Spacing.Small }));
        }
        else
        {
            AddScheduled(body, actions, meeting, text);
        }

        if (notice is not null)
        {
            body.Add(MeetingCardParts.Notice(notice));
        }

        if (error is not null)
        {
            body.Add(MeetingCardParts.Error(error));
        }

        if (rejection is not null)
        {
            body.Add(MeetingCardParts.Error(rejection.FieldErrors.TryGetValue(MeetingFields.Slot, out var slotError) ? text.Format(slotError.TextKey, slotError.Arguments) : RejectionText.Describe(rejection, text)));
        }

        return new AdaptiveCard(body) { Actions = actions.Count == 0 ? null : actions, FallbackText = meeting.Topic };
    }

    /// <summary>The invitation a participant gets in their 1:1 chat, in their language and time zone.</summary>
    public static AdaptiveCard BuildInvite(CoordinationMeeting meeting, OrganisationProfile organisation, TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            MeetingCardParts.Title(text.Format("Meetings.Invite.Title", meeting.Topic)),
            new TextBlock(text.Format("Meetings.Invite.From", MeetingCardParts.PersonName(organisation, meeting.RequesterPersonId, text))),
            Facts(meeting, organisation, zone, text),
        };
        var actions = new List<CardAction>();
        AddScheduled(body, actions, meeting, text);
        return new AdaptiveCard(body) { Actions = actions.Count == 0 ? null : actions, FallbackText = text.Format("Meetings.Invite.Title", meeting.Topic) };
    }

    private static FactSet Facts(CoordinationMeeting meeting, OrganisationProfile organisation, TimeZoneInfo zone, Localizer text)
    {
        var facts = new List<Fact>
        {
            new(text["Meetings.Field.Requester"], MeetingCardParts.PersonName(organisation, meeting.RequesterPersonId, text)),
            new(text["Meetings.Field.Participants"], MeetingCardParts.People(organisation, meeting.ParticipantPersonIds, text)),
            new(text["Meetings.Field.Duration"], meeting.DurationMinutes.ToString(CultureInfo.InvariantCulture)),
        };
        if (meeting.Chosen is { } chosen)
        {
            facts.Insert(0, new(text["Meetings.Slots.Chosen"], MeetingCardParts.Range(chosen.Start, chosen.End, zone, text)));
        }

        return new FactSet(facts);
    }

    private static void AddScheduled(List<CardElement> body, List<CardAction> actions, CoordinationMeeting meeting, Localizer text)
    {
        if (meeting.JoinUrl is { } join)
        {
            actions.Add(new OpenUrlAction(join) { Title = text["Meetings.Join"] });
        }
        else
        {
            body.Add(MeetingCardParts.Subtle(text["Meetings.NoTeamsMeeting"]));
        }
    }
}
