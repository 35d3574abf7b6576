using System.Text;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Dashboard.Export;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.UnitTests.Dashboard;

/// <summary>The dashboard's resources table in its exports: two CSV rows per department, a sheet in the workbook, the over-plan figure marked.</summary>
public sealed class ResourceExportTests
{
    private static DashboardView View() => new(
        new ViewerInfo("wang-min", "王敏", "all", false), "zh-CN", "2027-03", null, [], [],
        new PlanStatusView(null, null, []), [], new WeekView("2027-W11", "第11周", []), [], new RiskView([], [], []), [])
    {
        Resources = [new ResourceRow("sales", "销售部", "2027-03", 100_000m, 120_000m, 12, 11, OverBudget: true, OverHeadcount: false)],
    };

    [Fact]
    public void Csv_BudgetAndHeadcountRows_ActualAsValuePlanAsTargetOverMarked()
    {
        var csv = Encoding.UTF8.GetString(DashboardCsv.Write(View(), Localizer.ZhCn));

        Assert.Contains("\"资源：预算与人员\",\"销售部\",\"预算\",\"2027-03\",\"超出计划\",\"120000\",\"100000\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"资源：预算与人员\",\"销售部\",\"人员编制\",\"2027-03\",\"\",\"11\",\"12\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_HasAResourcesSheetNamingTheFigureOver()
    {
        var table = Assert.Single(DashboardExport.Of(View(), Localizer.ZhCn, TimeZoneInfo.Utc).Tables, t => t.Title == "资源：预算与人员");

        var row = Assert.Single(table.Rows);
        Assert.Equal("超出计划: 预算", row[^1].Text);
        Assert.Equal(120_000d, row[3].Number);
    }
}
