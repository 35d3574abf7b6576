using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Meetings;

/// <summary>"meetings" / "会议" / "weekly meeting" / "周例会": the weekly operations meeting card; the ops office can schedule, move or cancel it there.</summary>
internal sealed class MeetingsCommand(MeetingDocuments documents) : IChatCommand
{
    public string Name => "meetings";

    public string HelpTextKey => "Meetings.Help.Meetings";

    /// <summary>Only the ops office schedules, moves or cancels; everyone else views.</summary>
    public string HelpTextFor(Role? roles) => roles is { } held && (held & Role.OpsOffice) != Role.None ? HelpTextKey : "Meetings.Help.MeetingsView";

    public IReadOnlyList<string> Phrases { get; } = ["meetings", "weekly meeting", "会议", "周例会", "例会"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        var current = await documents.WeeklyAsync(cancellationToken);
        turn.ReplyCard(WeeklyMeetingCard.Build(new WeeklyMeetingView(current?.Value, current?.ETag, actor.Has(Role.OpsOffice)), turn.Organisation, turn.Text));
    }
}
