using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Schedule or move the weekly meeting (ops office only, from the version the card was drawn from): the
/// calendar first, then the meeting, its audit and the ops channel's notice in one batch. Before it was ever
/// scheduled the write is create-only, so two first clicks cannot both make a series.
/// </summary>
internal sealed class WeeklyMeetingScheduleHandler(MeetingDocuments documents, WeeklyMeetingCalendar calendar, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Schedule] = VerbAccess.Company(WeeklyMeetingMachine.ManageRoles),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var moved = false;
        Decision<WeeklyMeeting> Decide(WeeklyMeeting? current, ScheduleWeeklyMeeting command)
        {
            var decision = WeeklyMeetingMachine.Decide(current, card.Actor, card.Organisation, command, pipeline.Clock.UtcNow);
            moved = decision.Events is [{ Action: "moved" }, ..];
            return decision;
        }

        IReadOnlyList<Delivery.OutboxMessage> Notice(ChangeMade<WeeklyMeeting> made) =>
            WeeklyMeetingReply.ToOpsChannel(card, made, moved ? "Meetings.Notice.Moved" : "Meetings.Notice.Scheduled");
        string Done(WeeklyMeeting _) => card.Text[moved ? "Meetings.Weekly.Moved" : "Meetings.Weekly.Scheduled"];
        Task<CardActionResult> Show(StoredDocument<WeeklyMeeting> stored, CardNote note, CancellationToken _) => Task.FromResult(WeeklyMeetingReply.Card(card, stored, note));

        if (await documents.WeeklyAsync(cancellationToken) is null)
        {
            return await pipeline.CreateAsync(card, new StateCreation<WeeklyMeeting, ScheduleWeeklyMeeting>
            {
                Container = StorageContainers.Meetings,
                EntityType = nameof(WeeklyMeeting),
                Read = () => WeeklyMeetingInput.Schedule(card),
                Decide = command => Decide(null, command),
                Key = _ => MeetingDocuments.WeeklyKey,
                Call = calendar.Schedule(card),
                Messages = Notice,
                Load = (_, token) => documents.WeeklyAsync(token),
                ShowForm = rejection => WeeklyMeetingReply.Card(card, null, CardNote.Refused(rejection)),
                ShowFailure = error => WeeklyMeetingReply.Card(card, null, CardNote.Failed(error)),
                Show = Show,
                Done = Done,
            }, cancellationToken);
        }

        return await pipeline.ChangeAsync(card, new StateChange<WeeklyMeeting, ScheduleWeeklyMeeting>
        {
            Container = StorageContainers.Meetings,
            EntityType = nameof(WeeklyMeeting),
            Load = documents.WeeklyAsync,
            Read = _ => WeeklyMeetingInput.Schedule(card),
            Decide = Decide,
            Call = calendar.Schedule(card),
            Messages = Notice,
            Show = Show,
            Done = Done,
        }, cancellationToken);
    }
}
