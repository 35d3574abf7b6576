using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Cancel the weekly meeting (ops office only, from the version the card was drawn from): the series is
/// cancelled in the calendar first, then the meeting, its audit and the ops channel's notice in one batch.
/// </summary>
internal sealed class WeeklyMeetingCancelHandler(MeetingDocuments documents, WeeklyMeetingCalendar calendar, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Cancel] = VerbAccess.Company(WeeklyMeetingMachine.ManageRoles),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        return pipeline.ChangeAsync(card, new StateChange<WeeklyMeeting, CancelWeeklyMeeting>
        {
            Container = StorageContainers.Meetings,
            EntityType = nameof(WeeklyMeeting),
            Load = documents.WeeklyAsync,
            Read = _ => new CancelWeeklyMeeting(),
            Decide = (current, command) => WeeklyMeetingMachine.Decide(current, card.Actor, card.Organisation, command, pipeline.Clock.UtcNow),
            Call = calendar.Cancel(card),
            Messages = made => WeeklyMeetingReply.ToOpsChannel(card, made, "Meetings.Notice.Cancelled"),
            Show = (stored, note, _) => Task.FromResult(WeeklyMeetingReply.Card(card, stored, note)),
            Done = _ => card.Text["Meetings.Weekly.CancelledNotice"],
        }, cancellationToken);
    }
}
