using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Meetings;

/// <summary>Sent before a meeting to the ops channel and each attendee: when (in the reader's zone), the join link and the week's status digest.</summary>
public static class MeetingReminderCard
{
    public static AdaptiveCard Build(string subject, DateTimeOffset start, int minutesBefore, string? joinUrl, TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("Meetings.Reminder.Title", subject, MeetingCardParts.Time(start, zone, text));
        var body = new List<CardElement>
        {
            MeetingCardParts.Title(title),
            new TextBlock(text.Format("Meetings.Reminder.InMinutes", minutesBefore)),
        };
        var actions = new List<CardAction>();
        if (joinUrl is not null)
        {
            actions.Add(new OpenUrlAction(joinUrl) { Title = text["Meetings.Join"] });
        }
        else
        {
            body.Add(MeetingCardParts.Subtle(text["Meetings.Reminder.NoJoin"]));
        }

        actions.Add(ActionData.Execute(text["Meetings.Reminder.Digest"], MeetingVerbs.Digest) with { AssociatedInputs = "none" });
        return new AdaptiveCard(body) { Actions = actions, FallbackText = title };
    }
}
