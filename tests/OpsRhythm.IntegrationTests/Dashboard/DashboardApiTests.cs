using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsRhythm.Bot.Dashboard;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>The dashboard's API on the real bot over real HTTP, with the sample month seeded through the bot's store.</summary>
public sealed class DashboardApiTests : IAsyncLifetime, IDisposable
{
    private readonly DashboardServer _server = new();

    public async Task InitializeAsync() => await DashboardSampleData.SeedAsync(_server.Store, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task View_NotSignedIn_Unauthorized()
    {
        using var client = _server.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task View_OpsOffice_ShowsEveryDepartmentWithTheStoredNumbers()
    {
        var view = await ViewAsync("wang-min", string.Empty);

        var plans = view.Plans.Departments.ToDictionary(d => d.DepartmentId);
        Assert.Equal(DashboardSampleData.SalesCompletion, plans["sales"].Completion);
        Assert.Equal(DashboardSampleData.ProductionCompletion, plans["production"].Completion);
        Assert.Equal(1, plans["sales"].Blocked);
        Assert.Equal("NotStarted", plans["hr"].State);
        Assert.Equal(DashboardSampleData.SalesBlockedTask, view.Tasks.First(t => t.DepartmentId == "sales").Title);
        Assert.Contains(view.Tasks, t => t.DepartmentId == "production");

        Assert.Equal("sales", view.Week.Departments[0].DepartmentId);
        Assert.Contains(DashboardSampleData.SalesBlockedTask, view.Week.Departments[0].Blockers);

        var sales = Assert.Single(view.Indicators, i => i.DepartmentId == "sales" && i.IndicatorId == "sales");
        var thisMonth = sales.Points[^1];
        Assert.Equal((DashboardSampleData.SalesActualThisMonth, DashboardSampleData.SalesTargetThisMonth, DashboardSampleData.SalesLastYearThisMonth),
            (thisMonth.Actual!.Value, thisMonth.Target!.Value, thisMonth.LastYear!.Value));

        Assert.Equal(1, view.Risks.HeatMap.Single(c => c.Likelihood == 4 && c.Impact == 4).Count);
        Assert.Equal(4, view.Risks.Open.Count);
        Assert.Equal("Critical", view.Risks.Open[0].Level);
        Assert.Equal("sales", Assert.Single(view.Risks.Alerts).DepartmentId);
        Assert.Empty(view.Meetings);
    }

    [Fact]
    public async Task View_DepartmentHead_SeesOwnDepartmentInDetailAndOnlyTheSummaryOfOthers()
    {
        var view = await ViewAsync("zhang-wei", string.Empty);

        Assert.Equal(5, view.Plans.Departments.Count);
        Assert.All(view.Tasks, t => Assert.Equal("production", t.DepartmentId));
        Assert.All(view.Risks.Open, r => Assert.Equal("production", r.DepartmentId));
        Assert.Empty(view.Risks.Alerts);
        var sales = view.Week.Departments.Single(d => d.DepartmentId == "sales");
        Assert.True(sales.HasBlocker);
        Assert.Empty(sales.Blockers);
        Assert.Null(sales.Problems);
        Assert.Equal("production", Assert.Single(view.Departments).Value);
    }

    [Fact]
    public async Task View_DepartmentHeadAsksForAnotherDepartment_Forbidden()
    {
        using var client = await _server.SignedInAsync("zhang-wei");
        using var response = await client.GetAsync(new Uri("/dashboard/api/view?department=sales", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task View_LeadershipFiltersByDepartment_ShowsOnlyThatDepartment()
    {
        var view = await ViewAsync("chen-jing", "?department=finance");

        Assert.Equal("finance", view.Department);
        Assert.All(view.Tasks, t => Assert.Equal("finance", t.DepartmentId));
        Assert.Equal(DashboardSampleData.FinanceRiskDescription, Assert.Single(view.Risks.Open).Description);
        Assert.Empty(view.Indicators);
        Assert.Equal(5, view.Plans.Departments.Count);
    }

    [Fact]
    public async Task View_PeriodWithoutCycle_ShowsNoPlans()
    {
        var today = DashboardSampleData.Today();
        var earlier = today.AddMonths(-3);
        var view = await ViewAsync("wang-min", $"?period={earlier:yyyy-MM}");

        Assert.Null(view.Plans.CycleId);
        Assert.Empty(view.Tasks);
        Assert.Equal($"{earlier:yyyy-MM}", view.Period);
    }

    [Fact]
    public async Task View_BadPeriod_BadRequest()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/api/view?period=2026-Q1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task View_EnglishLocale_NamesInEnglish()
    {
        var view = await ViewAsync("wang-min", "?locale=en-US");

        Assert.Equal("Sales", view.Plans.Departments.Single(d => d.DepartmentId == "sales").Department);
        Assert.Equal("Wang Min", view.Viewer.Name);
    }

    [Fact]
    public async Task Texts_AcceptLanguageEnglish_EnglishTexts()
    {
        using var client = _server.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/api/texts");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        using var response = await client.SendAsync(request);
        var texts = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();

        Assert.Equal(Cards.Localization.Localizer.EnUs["Dashboard.Title"], texts!["Title"]);
        Assert.NotEqual(Cards.Localization.Localizer.ZhCn["Dashboard.Title"], texts["Title"]);
    }

    [Fact]
    public async Task Export_Csv_OpensInExcelWithChineseIntactAndFormulasDisarmed()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/api/export.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Equal(9, ParseCsvLine(l).Count));
        Assert.Contains(lines, l => l.Contains(DashboardSampleData.SalesBlockedTask, StringComparison.Ordinal));
        var finance = ParseCsvLine(lines.Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal)));
        Assert.Equal("'" + DashboardSampleData.FinanceRiskDescription, finance[2]);
    }

    private async Task<DashboardView> ViewAsync(string personId, string query)
    {
        using var client = await _server.SignedInAsync(personId);
        using var response = await client.GetAsync(new Uri("/dashboard/api/view" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web))!;
    }

    /// <summary>RFC 4180 fields of one line: quoted fields with doubled quotes inside.</summary>
    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
