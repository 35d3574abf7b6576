using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>"follow-ups" / "对外沟通" [department]: a department's open follow-ups with customers and partners (default: the actor's own).</summary>
internal sealed class ExternalFollowUpsCommand(ExternalFollowUpReader reader, OrganisationClock clock) : IChatCommand
{
    public string Name => "external-follow-ups";

    public string HelpTextKey => "ExternalCommunication.Help.List";

    public IReadOnlyList<string> Phrases { get; } = ["follow-ups", "external follow-ups", "对外沟通", "沟通跟进"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var word = arguments.Trim();
        var named = word.Length == 0 ? null : turn.Organisation.Departments.FirstOrDefault(d => d.IsNamed(word));
        if (word.Length > 0 && named is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("ExternalCommunication.Chat.UnknownDepartment", word)));
            return;
        }

        var department = named ?? turn.Organisation.DepartmentHeadedBy(actor.Id) ?? (actor.DepartmentId is { } own ? turn.Organisation.FindDepartment(own) : null);
        if (department is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["ExternalCommunication.Chat.NoDepartment"]));
            return;
        }

        // A department's own members see its follow-ups (they work them), besides the dashboard's scope.
        if (!DepartmentScope.For(actor, turn.Organisation).MaySee(department.Id) && actor.DepartmentId != department.Id)
        {
            turn.ReplyRejection(Rejection.OtherDepartment(department.Id, Role.DepartmentHead | Role.OpsOffice | Role.Leadership));
            return;
        }

        var open = await reader.OpenAsync(department.Id, cancellationToken);
        turn.ReplyCard(ExternalFollowUpListCard.Build(department.Id, open, clock.Today(turn.Organisation), turn.Organisation, turn.Text));
    }
}
