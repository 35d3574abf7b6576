using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Resources;

/// <summary>
/// "resources" / "资源" [month yyyy-MM] [department]: the department's resource card for the month (this month in the
/// organisation's zone by default): budget and headcount against the plan, and the inputs for the actuals. A head (or
/// its deputy) gets their own department; the ops office its own, or the one named.
/// </summary>
internal sealed class ResourcesCommand(ResourceReader reader, ResourcePlans plans, OrganisationClock clock) : IChatCommand
{
    public string Name => "resources";

    public string HelpTextKey => "Resources.Help";

    public IReadOnlyList<string> Phrases { get; } = ["resources", "budget", "资源", "预算", "资源填报"];

    public Role ShownTo => ResourceMachine.EnterRoles;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var organisation = turn.Organisation;
        var today = clock.Today(organisation);
        var (year, month) = (today.Year, today.Month);
        string? named = null;
        foreach (var word in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ResourceMonthText.TryParse(word, out var y, out var m))
            {
                (year, month) = (y, m);
            }
            else
            {
                named = organisation.Departments.FirstOrDefault(d => d.Id == word || d.Name.ZhCn == word || string.Equals(d.Name.EnUs, word, StringComparison.OrdinalIgnoreCase))?.Id;
            }
        }

        var departmentId = named ?? organisation.DepartmentHeadedBy(actor.Id)?.Id ?? StandInRules.DepartmentDeputisedBy(organisation, actor.Id, today) ?? actor.DepartmentId;
        var refused = departmentId is null
            ? Domain.Workflow.Rejection.RoleNotAllowed(ResourceMachine.EnterRoles)
            : ResourceMachine.CheckEnter(actor, organisation, departmentId, today);
        if (refused is not null || departmentId is null)
        {
            turn.ReplyRejection(refused ?? Domain.Workflow.Rejection.RoleNotAllowed(ResourceMachine.EnterRoles));
            return;
        }

        var plan = await plans.ForAsync(departmentId, year, month, cancellationToken);
        var actual = await reader.ReadAsync(departmentId, year, month, cancellationToken);
        turn.ReplyCard(ResourceCard.Build(organisation, departmentId, year, month, plan, actual?.Value, actual?.ETag, turn.Text));
    }
}
