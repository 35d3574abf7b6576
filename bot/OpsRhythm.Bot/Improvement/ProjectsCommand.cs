using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// "projects" / "流程项目": the redesign projects with the step each stands at, to open one again. The ops
/// office sees all of them; anyone else those where they own a step or head a department concerned.
/// </summary>
internal sealed class ProjectsCommand(RedesignProjects projects, OrganisationClock clock) : IChatCommand
{
    public string Name => "projects";

    public string HelpTextKey => "Improvement.Help.Projects";

    public IReadOnlyList<string> Phrases { get; } = ["projects", "redesign projects", "流程项目", "再造项目"];

    public Role ShownTo => Role.OpsOffice | Role.DepartmentHead;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var visible = (await projects.AllAsync(cancellationToken)).Where(p => actor.Has(Role.OpsOffice)
            || p.Steps.Any(s => s.OwnerPersonId == actor.Id)
            || p.DepartmentIds.Any(d => turn.Organisation.FindDepartment(d)?.HeadPersonId == actor.Id)).ToList();
        turn.ReplyCard(ProjectListCard.Build(visible, turn.Organisation, turn.Text, clock.Today(turn.Organisation)));
    }
}
