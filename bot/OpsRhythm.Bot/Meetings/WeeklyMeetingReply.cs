using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>What the weekly meeting's verbs answer with: the card for the person acting, and the notice to the ops channel.</summary>
internal static class WeeklyMeetingReply
{
    /// <summary>The meeting as stored (null before the first), with the note; what was typed is kept when the input was refused or the calendar failed.</summary>
    public static CardActionResult Card(CardTurn card, StoredDocument<WeeklyMeeting>? stored, CardNote note)
    {
        var typed = note.Rejection is not null || note.Error is not null ? card.Request.Data : null;
        var view = new WeeklyMeetingView(stored?.Value, stored?.ETag, card.Actor.Has(Role.OpsOffice))
        {
            Notice = note.Notice,
            Error = note.Error,
            Rejection = note.Rejection,
            Typed = typed,
        };
        return CardActionResult.ShowCard(WeeklyMeetingCard.Build(view, card.Organisation, card.Text));
    }

    /// <summary>The changed meeting with who changed it, to the ops channel (none configured: nothing); one per revision.</summary>
    public static IReadOnlyList<OutboxMessage> ToOpsChannel(CardTurn card, ChangeMade<WeeklyMeeting> made, string noticeKey)
    {
        if (card.Organisation.OpsChannelId is not { } channel)
        {
            return [];
        }

        // Channels read the organisation's default language.
        var text = card.Turn.Languages.Shared;
        var meeting = made.After;
        var notice = new WeeklyMeetingView(meeting, null, false) { Notice = text.Format(noticeKey, card.Actor.Name.For(text.Culture)) };
        var built = WeeklyMeetingCard.Build(notice, card.Organisation, text);
        return [OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(built), built.FallbackText), $"meeting:{meeting.Id}:r{meeting.Revision}:channel", made.At)];
    }
}
