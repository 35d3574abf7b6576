using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>What the coordination verbs answer with: the request form, the meeting's card in the reader's zone, and the invitations.</summary>
internal static class CoordinationReply
{
    /// <summary>The request form again with what was typed, the field errors beside their fields or a failure in plain words.</summary>
    public static CardActionResult Form(CardTurn card, DateOnly today, Rejection? rejection = null, string? error = null)
    {
        return CardActionResult.ShowCard(CoordinationFormCard.Build(card.Organisation, today, card.Text, card.Request.Data, rejection, error));
    }

    public static CardActionResult Card(CardTurn card, StoredDocument<CoordinationMeeting> stored, CardNote note)
    {
        var zone = MeetingPlans.ZoneOf(card.Actor, card.Organisation);
        return CardActionResult.ShowCard(CoordinationCard.Build(stored.Value, stored.ETag, card.Organisation, zone, card.Text, note.Notice, note.Error, note.Rejection));
    }

    /// <summary>Each participant but the one who picked gets the invitation in their 1:1 chat, in their language and zone; once per meeting and person.</summary>
    public static IReadOnlyList<OutboxMessage> Invitations(CardTurn card, ChangeMade<CoordinationMeeting> made)
    {
        var (meeting, organisation) = (made.After, card.Organisation);
        return [.. meeting.Everyone
            .Where(personId => personId != card.Actor.Id)
            .Select(organisation.FindPerson)
            .OfType<Person>()
            .Select(person =>
            {
                var text = card.Turn.Languages.For(person);
                var invite = CoordinationCard.BuildInvite(meeting, organisation, MeetingPlans.ZoneOf(person, organisation), text);
                return OutboxMessage.Create(OutboxTarget.Person(person.Id), ActivityFactory.Card(CardJson.ToElement(invite), invite.FallbackText), $"coord:{meeting.Id}:invite:{person.Id}", made.At);
            })];
    }
}
