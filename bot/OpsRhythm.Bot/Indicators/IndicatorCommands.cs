using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>"indicators" / "指标": the indicator system.</summary>
public sealed class IndicatorsCommand(IndicatorReader reader) : IChatCommand
{
    public string Name => "indicators";

    public string HelpTextKey => "Indicators.Help.Catalog";

    public IReadOnlyList<string> Phrases { get; } = ["indicators", "indicator system", "指标", "指标体系"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(CatalogCard.Build(catalog, turn.Text, turn.Actor?.Has(Role.OpsOffice) == true));
    }
}

/// <summary>"enter values" / "录入指标": the figure entry card (one figure, or a CSV paste).</summary>
public sealed class EnterValuesCommand(IndicatorReader reader, TimeProvider time) : IChatCommand
{
    public string Name => "enter-values";

    public string HelpTextKey => "Indicators.Help.Enter";

    public IReadOnlyList<string> Phrases { get; } = ["enter values", "enter figures", "录入指标", "录入数据"];

    public Role ShownTo => IndicatorAccess.FigureRoles;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var departments = IndicatorAccess.DepartmentsFor(actor, turn.Organisation);
        if (departments.Count == 0)
        {
            turn.ReplyRejection(Domain.Workflow.Rejection.RoleNotAllowed(IndicatorAccess.FigureRoles));
            return;
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(arguments.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase)
            ? CsvImportCard.Build(turn.Text)
            : FigureEntryCard.Build(turn.Organisation, catalog, departments, OrgCalendar.LastMonth(turn.Organisation, time).ToString(), turn.Text));
    }
}

/// <summary>"scorecard" / "记分卡" [department | company] [period]: a department's or the company's scorecard.</summary>
public sealed class ScorecardCommand(IndicatorReader reader, ScorecardBuilder builder, TimeProvider time) : IChatCommand
{
    private static readonly string[] CompanyWords = ["company", "公司", "全公司", "ranking", "排名"];

    public string Name => "scorecard";

    public string HelpTextKey => "Indicators.Help.Scorecard";

    public IReadOnlyList<string> Phrases { get; } = ["scorecard", "记分卡"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Actor is not { } actor)
        {
            return;
        }

        var words = (arguments ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var month = words.Select(w => Period.TryParse(w, out var p) && p.Frequency == IndicatorFrequency.Monthly ? p : (Period?)null).FirstOrDefault(p => p is not null)
            ?? OrgCalendar.LastMonth(turn.Organisation, time);
        var rest = words.Where(w => !Period.TryParse(w, out _)).ToList();
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var wantsCompany = rest.Any(w => CompanyWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        var departmentWord = rest.FirstOrDefault(w => !CompanyWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        var department = departmentWord is null ? null : turn.Organisation.Departments.FirstOrDefault(d =>
            string.Equals(d.Id, departmentWord, StringComparison.OrdinalIgnoreCase) || d.Name.ZhCn == departmentWord
            || string.Equals(d.Name.EnUs, departmentWord, StringComparison.OrdinalIgnoreCase));
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

        turn.ReplyCard(ScorecardCard.Build(await builder.DepartmentAsync(catalog, department.Id, month, cancellationToken), turn.Organisation, turn.Text));
    }
}

/// <summary>"benchmark" / "行业标杆": the ops office records an industry benchmark.</summary>
public sealed class BenchmarkCommand(IndicatorReader reader) : IChatCommand
{
    public string Name => "benchmark";

    public string HelpTextKey => "Indicators.Help.Benchmark";

    public IReadOnlyList<string> Phrases { get; } = ["benchmark", "行业标杆"];

    public Role ShownTo => Role.OpsOffice;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Actor is not { } actor)
        {
            return;
        }

        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            turn.ReplyRejection(rejection);
            return;
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(BenchmarkCard.Build(catalog, turn.Text));
    }
}

/// <summary>"inspection" / "检查": the ops office records an inspection or special audit.</summary>
public sealed class InspectionCommand(TimeProvider time) : IChatCommand
{
    public string Name => "inspection";

    public string HelpTextKey => "Indicators.Help.Inspection";

    public IReadOnlyList<string> Phrases { get; } = ["inspection", "audit", "检查", "专项审计"];

    public Role ShownTo => Role.OpsOffice;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Actor is not { } actor)
        {
            return Task.CompletedTask;
        }

        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            turn.ReplyRejection(rejection);
            return Task.CompletedTask;
        }

        turn.ReplyCard(InspectionCard.Build(turn.Organisation, turn.Text, OrgCalendar.Today(turn.Organisation, time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }
}
