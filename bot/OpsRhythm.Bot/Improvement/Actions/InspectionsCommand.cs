using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// "inspections" / "检查记录" [department]: planned and recorded inspections. The ops office and leadership see
/// the company's or a named department's; a head sees their own department's.
/// </summary>
internal sealed class InspectionsCommand(InspectionReader reader, OrganisationClock clock) : IChatCommand
{
    public string Name => "inspections";

    public string HelpTextKey => "Inspections.Help.List";

    public IReadOnlyList<string> Phrases { get; } = ["inspections", "inspection plan", "检查记录", "检查计划"];

    public Role ShownTo => Role.OpsOffice | Role.Leadership | Role.DepartmentHead;

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
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Inspections.Chat.UnknownDepartment", word)));
            return;
        }

        var companyWide = actor.Has(Role.OpsOffice) || actor.Has(Role.Leadership);
        var own = turn.Organisation.DepartmentHeadedBy(actor.Id)?.Id;
        var department = named?.Id ?? (companyWide ? null : own);
        if (!companyWide && (department is null || department != own))
        {
            turn.ReplyRejection(department is null
                ? Rejection.RoleNotAllowed(ShownTo)
                : Rejection.OtherDepartment(department, Role.OpsOffice | Role.Leadership));
            return;
        }

        var today = clock.Today(turn.Organisation);
        var planned = (await reader.PlannedAsync(today, cancellationToken)).Where(p => department is null || p.DepartmentId == department).ToList();
        var recorded = (await reader.RecordedAsync(today, cancellationToken)).Where(i => department is null || i.DepartmentId == department).ToList();
        turn.ReplyCard(InspectionListCard.Build(department, planned, recorded, turn.Organisation, turn.Text, canPlan: actor.Has(Role.OpsOffice)));
    }
}
