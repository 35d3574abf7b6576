using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>"new follow-up" / "记录沟通" [counterpart]: the record form, the counterpart pre-filled from the chat and the actor as owner.</summary>
internal sealed class NewExternalFollowUpCommand(OrganisationClock clock) : IChatCommand
{
    public string Name => "new-external-follow-up";

    public string HelpTextKey => "ExternalCommunication.Help.New";

    public IReadOnlyList<string> Phrases { get; } = ["new follow-up", "record follow-up", "记录沟通", "新增跟进"];

    public Role ShownTo => ExternalFollowUpMachine.RecordRoles;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return Task.CompletedTask;
        }

        var departments = ExternalFollowUpMachine.DepartmentsFor(actor, turn.Organisation);
        if (departments.Count == 0)
        {
            turn.ReplyRejection(Domain.Workflow.Rejection.RoleNotAllowed(ExternalFollowUpMachine.RecordRoles));
            return Task.CompletedTask;
        }

        var typed = new Dictionary<string, string>(StringComparer.Ordinal) { [ExternalCommunicationFields.Owner] = actor.Id };
        if (actor.DepartmentId is { } own && departments.Contains(own))
        {
            typed[ExternalCommunicationFields.Department] = own;
        }

        if (!string.IsNullOrWhiteSpace(arguments))
        {
            typed[ExternalCommunicationFields.Counterpart] = arguments.Trim();
        }

        var today = clock.Today(turn.Organisation).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        turn.ReplyCard(ExternalFollowUpFormCard.Build(turn.Organisation, departments, turn.Text, today, typed));
        return Task.CompletedTask;
    }
}
