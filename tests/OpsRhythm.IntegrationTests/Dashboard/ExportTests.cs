using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OpsRhythm.Bot.Dashboard.Export;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// The Excel and printable exports on the real bot over real HTTP: each workbook is read back and
/// validated with the Open XML SDK, Chinese stays intact, typed text that looks like a formula stays
/// text, and a head gets only their own department's plan.
/// </summary>
public sealed class ExportTests : IAsyncLifetime, IDisposable
{
    private const string PublishedCycle = "monthly-2026-01";
    private const string FormulaTask = "=HYPERLINK(\"http://x\")回款";

    private readonly DashboardServer _server = new();

    public async Task InitializeAsync()
    {
        await DashboardSampleData.SeedAsync(_server.Store, CancellationToken.None);
        await SeedPublishedCycleAsync(_server.Store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task DashboardXlsx_ValidWorkbookWithChineseIntactAndFormulaLikeTextQuoted()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/api/export.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        var cells = Read(await response.Content.ReadAsByteArrayAsync(), out var quoted);
        Assert.Contains(cells, c => c.Sheet == "计划状态" && c.Value == "销售部");
        Assert.Contains(cells, c => c.Sheet == "任务进度" && c.Value == DashboardSampleData.SalesBlockedTask);
        Assert.Contains(DashboardSampleData.FinanceRiskDescription, quoted);
    }

    [Fact]
    public async Task PlanXlsx_HeadGetsOwnDepartmentOnly()
    {
        using var client = await _server.SignedInAsync("zhang-wei");

        using var own = await client.GetAsync(new Uri("/dashboard/api/plan.xlsx?department=production", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/dashboard/api/plan.xlsx?department=sales", UriKind.Relative));
        using var company = await client.GetAsync(new Uri($"/dashboard/api/plan.xlsx?cycle={PublishedCycle}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var cells = Read(await own.Content.ReadAsByteArrayAsync(), out _);
        Assert.Contains(cells, c => c.Value == "二号线设备检修");
        Assert.DoesNotContain(cells, c => c.Value == DashboardSampleData.SalesBlockedTask);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (other.StatusCode, company.StatusCode));
    }

    [Fact]
    public async Task PlanXlsx_CompanyPlan_OnlyOncePublished()
    {
        using var client = await _server.SignedInAsync("wang-min");

        using var open = await client.GetAsync(new Uri("/dashboard/api/plan.xlsx", UriKind.Relative));
        using var published = await client.GetAsync(new Uri($"/dashboard/api/plan.xlsx?cycle={PublishedCycle}&locale=en-US", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, open.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var cells = Read(await published.Content.ReadAsByteArrayAsync(), out var quoted);
        Assert.Contains(cells, c => c.Value == "Sales");
        Assert.Contains(cells, c => c.Value == "大客户回访");
        Assert.Contains(FormulaTask, quoted);
    }

    [Fact]
    public async Task PlanHtml_PrintablePageInChineseWithoutScript()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri($"/dashboard/api/plan.html?cycle={PublishedCycle}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("大客户回访", html, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(&quot;http://x&quot;)回款", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // Kept with the run's other output, to look at (or print) the page as a person would.
        var folder = Path.Combine(Infra.BicepTests.CompiledTemplate.RepositoryRoot(), "artifacts", "test-output");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "plan-print.html"), html);
    }

    [Fact]
    public async Task PlanExport_NotSignedIn_Unauthorized()
    {
        using var client = _server.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/dashboard/api/plan.xlsx?department=sales", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Every cell's text by sheet, after the Open XML SDK's validator found nothing wrong; <paramref name="quoted"/> is the text under the quote-prefix style. No cell is a formula.</summary>
    private static List<(string Sheet, string Value)> Read(byte[] bytes, out List<string> quoted)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var cells = new List<(string, string)>();
        quoted = [];
        foreach (var sheet in workbook.Workbook!.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            Assert.Empty(part.Worksheet!.Descendants<CellFormula>());
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var value = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
                cells.Add((sheet.Name!.Value!, value));
                if (cell.StyleIndex is { } style && formats[(int)style.Value].QuotePrefix?.Value == true)
                {
                    quoted.Add(value);
                }
            }
        }

        return cells;
    }

    private static async Task SeedPublishedCycleAsync(IDocumentStore store)
    {
        var period = PlanPeriod.Monthly(2026, 1);
        var now = DateTimeOffset.UtcNow;
        var cycle = new PlanCycle(PublishedCycle, period, PlanCycleState.Published)
        {
            DueDate = new DateOnly(2025, 12, 27), DepartmentIds = ["sales", "production"], OpenedBy = "wang-min", OpenedAt = now, PublishedAt = now, PublishedBy = "wang-min",
        };
        DepartmentPlan[] plans =
        [
            new(PublishedCycle, "sales", DepartmentPlanState.Accepted)
            {
                Revision = 1,
                Content = new PlanContent
                {
                    Targets = [new PlanTarget("sales", "万元", 1300)],
                    Tasks = [new PlanTask("t1", "大客户回访", "sun-hao", new DateOnly(2026, 1, 20)) { IsMilestone = true }, new PlanTask("t2", FormulaTask, "zhou-na", new DateOnly(2026, 1, 25))],
                    Risks = [new PlanRisk("r1", "主要客户流失", Domain.Planning.RiskCategory.Market, 3, 4, RiskResponse.Reduce)],
                    Resources = new ResourceNeeds { Headcount = 2, Budget = 50000, Materials = "样品" },
                    Measures = "每周跟进",
                },
            },
            new(PublishedCycle, "production", DepartmentPlanState.Accepted) { Revision = 1, Content = new PlanContent { Tasks = [new PlanTask("p1", "设备保养", "wu-gang", new DateOnly(2026, 1, 15))] } },
        ];
        await store.UpsertAsync(StorageContainers.Plans, new DocumentKey(PublishedCycle, PlanCycle.DocumentId), cycle, CancellationToken.None);
        foreach (var plan in plans)
        {
            await store.UpsertAsync(StorageContainers.Plans, new DocumentKey(PublishedCycle, DepartmentPlan.DocumentIdFor(plan.DepartmentId)), plan, CancellationToken.None);
        }

        await store.UpsertAsync(StorageContainers.Plans, new DocumentKey(PublishedCycle, CompanyPlan.DocumentId), Domain.Planning.Consolidation.Build(cycle, plans, now), CancellationToken.None);
    }
}
