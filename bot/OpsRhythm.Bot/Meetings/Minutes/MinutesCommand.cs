using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// "minutes" / "纪要": today's minutes card. In a meeting chat it is that meeting's occurrence; elsewhere the
/// weekly operations meeting's. The operations office's copy carries the form that records decisions and action items.
/// </summary>
internal sealed class MinutesCommand(MinutesViews views, MeetingOccurrenceResolver resolver, OrganisationClock clock) : IChatCommand
{
    public string Name => "minutes";

    public string HelpTextKey => "Minutes.Help.Minutes";

    public IReadOnlyList<string> Phrases { get; } = ["minutes", "action items", "会议纪要", "纪要", "行动项"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var today = clock.Today(turn.Organisation);
        var occurrence = await resolver.ForMeetingAsync(turn.Activity.Conversation?.Id, today, cancellationToken) ?? MeetingOccurrenceResolver.Weekly(today);
        var view = await views.ForAsync(occurrence, turn.Actor, turn.Organisation, turn.Text, today, cancellationToken);
        turn.ReplyCard(MinutesCard.Build(view, turn.Organisation, turn.Text));
    }
}
