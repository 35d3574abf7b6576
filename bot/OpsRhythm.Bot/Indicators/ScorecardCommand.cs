using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Indicators;

/// <summary>"scorecard" / "记分卡" [department | company] [period]: a department's or the company's scorecard.</summary>
internal sealed class ScorecardCommand(IndicatorReader reader, ScorecardBuilder builder, OrganisationClock clock) : IChatCommand
{
    private static readonly string[] CompanyWords = ["company", "公司", "全公司", "ranking", "排名"];

    public string Name => "scorecard";

    public string HelpTextKey => "Indicators.Help.Scorecard";

    public IReadOnlyList<string> Phrases { get; } = ["scorecard", "记分卡"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var month = words.Select(w => Period.TryParse(w, out var p) && p.Frequency == IndicatorFrequency.Monthly ? p : (Period?)null).FirstOrDefault(p => p is not null)
            ?? Period.LastCompleteMonth(clock.Today(turn.Organisation));
        var rest = words.Where(w => !Period.TryParse(w, out _)).ToList();
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var wantsCompany = rest.Any(w => CompanyWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        var departmentWord = rest.FirstOrDefault(w => !CompanyWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        var department = departmentWord is null ? null : turn.Organisation.Departments.FirstOrDefault(d => d.IsNamed(departmentWord));
        if (departmentWord is not null && department is null)
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text.Format("Indicators.Scorecard.UnknownDepartment", departmentWord)));
            return;
        }

        var companyViewer = actor.Has(Role.OpsOffice) || actor.Has(Role.Leadership);
        department ??= wantsCompany ? null : turn.Organisation.DepartmentHeadedBy(actor.Id);
        if (department is null || (wantsCompany && companyViewer))
        {
            if (!companyViewer)
            {
                turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text["Indicators.Chat.NoDepartment"]));
                return;
            }

            var ranking = await builder.CompanyAsync(catalog, turn.Organisation, month, cancellationToken);
            turn.ReplyCard(CompanyScorecardCard.Build(ranking, turn.Organisation, turn.Text, actor.Has(Role.OpsOffice)));
            return;
        }

        if (!IndicatorAccess.MayView(actor, department.Id, turn.Organisation))
        {
            turn.Reply(Protocol.Activities.ActivityFactory.Text(turn.Text["Indicators.Scorecard.NotAllowed"]));
            return;
        }

        // In a shared chat everyone sees the reply: it carries no one's buttons until its refresh draws it per viewer.
        var viewer = turn.ConversationType == Protocol.Activities.ConversationTypes.Personal ? actor : null;
        turn.ReplyCard(ScorecardCard.Build(await builder.DepartmentAsync(catalog, department.Id, month, cancellationToken), turn.Organisation, turn.Text, viewer));
    }
}
