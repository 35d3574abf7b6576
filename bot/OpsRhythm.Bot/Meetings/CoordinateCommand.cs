using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings;

/// <summary>"coordinate" / "协调会" [topic]: the coordination request card, the topic filled from the chat.</summary>
internal sealed class CoordinateCommand(OrganisationClock clock) : IChatCommand
{
    public string Name => "coordinate";

    public string HelpTextKey => "Meetings.Help.Coordinate";

    public IReadOnlyList<string> Phrases { get; } = ["coordinate", "coordination meeting", "协调会", "跨部门协调会"];

    public Role ShownTo => RoleSets.Everyone;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return Task.CompletedTask;
        }

        var typed = string.IsNullOrWhiteSpace(arguments) ? null : new Dictionary<string, string> { [MeetingFields.Topic] = arguments.Trim() };
        turn.ReplyCard(CoordinationFormCard.Build(turn.Organisation, clock.Today(turn.Organisation), turn.Text, typed));
        return Task.CompletedTask;
    }
}
