using System.Text;
using Microsoft.Playwright;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.IntegrationTests.Dashboard;

namespace OpsRhythm.EndToEndTests.Dashboard;

/// <summary>
/// The dashboard tab in headless Chromium against the running bot and its seeded store: each view shows
/// the stored numbers, filters change what is shown, a department head sees only their department in
/// detail, the themes render and the page works from the keyboard. Screenshots go to artifacts/test-output/screenshots.
/// </summary>
public sealed class DashboardBrowserTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static readonly Localizer Zh = Localizer.ZhCn;

    [Fact]
    public async Task OpsOffice_EveryViewRendersTheStoredNumbers()
    {
        var page = await SignInAsync("王敏");
        try
        {
            var plans = page.Locator("#plans");
            await Assertions.Expect(plans.Locator("canvas")).ToBeVisibleAsync();
            await Assertions.Expect(plans.Locator("tr", new() { HasText = "销售部" })).ToContainTextAsync($"{DashboardSampleData.SalesCompletion}%");
            await Assertions.Expect(plans.Locator("tr", new() { HasText = "生产部" })).ToContainTextAsync($"{DashboardSampleData.ProductionCompletion}%");
            await Assertions.Expect(page.Locator("#tasks tbody tr").First).ToContainTextAsync(DashboardSampleData.SalesBlockedTask);
            var firstWeekRow = page.Locator("#week .week > li").First;
            await Assertions.Expect(firstWeekRow).ToContainTextAsync("销售部");
            await Assertions.Expect(firstWeekRow).ToContainTextAsync(Zh["Dashboard.Week.Blocker"]);
            var salesTrend = page.Locator("#indicators figure[data-department=sales][data-indicator=sales]");
            await Assertions.Expect(salesTrend.Locator("canvas")).ToBeVisibleAsync();
            await Assertions.Expect(salesTrend.Locator("table")).ToContainTextAsync(DashboardSampleData.SalesActualThisMonth.ToString("N0", Zh.Culture));
            await Assertions.Expect(page.Locator("#risks td[aria-label]").Filter(new() { HasText = "1" })).ToHaveCountAsync(4);
            await Assertions.Expect(page.Locator("#risks")).ToContainTextAsync(DashboardSampleData.SalesRiskDescription);
            await Assertions.Expect(page.Locator("#alerts tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#meetings")).ToContainTextAsync(Zh["Dashboard.Empty.Meetings"]);
            await Assertions.Expect(page.Locator(".local-banner")).ToBeVisibleAsync();
            await ScreenshotAsync(page, "dashboard-ops-office.png");
        }
        catch
        {
            await ScreenshotAsync(page, "dashboard-ops-office-failed.png");
            throw;
        }
    }

    [Fact]
    public async Task Filters_DepartmentAndPeriod_ChangeWhatIsShown()
    {
        var page = await SignInAsync("王敏");
        try
        {
            await page.GetByRole(AriaRole.Combobox, new() { Name = Zh["Dashboard.Filter.Department"], Exact = true }).SelectOptionAsync("production");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("department=production"));
            await Assertions.Expect(page.Locator("#tasks")).Not.ToContainTextAsync(DashboardSampleData.SalesBlockedTask);
            await Assertions.Expect(page.Locator("#tasks tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#indicators figure")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#risks")).Not.ToContainTextAsync(DashboardSampleData.SalesRiskDescription);

            var earlier = DashboardSampleData.Today().AddMonths(-3);
            await page.GetByRole(AriaRole.Combobox, new() { Name = Zh["Dashboard.Filter.Period"], Exact = true }).SelectOptionAsync($"{earlier:yyyy-MM}");
            await Assertions.Expect(page.Locator("#plans")).ToContainTextAsync(Zh["Dashboard.Empty.Plans"]);
            await Assertions.Expect(page.Locator("#tasks")).ToContainTextAsync(Zh["Dashboard.Empty.Tasks"]);
        }
        catch
        {
            await ScreenshotAsync(page, "dashboard-filters-failed.png");
            throw;
        }
    }

    [Fact]
    public async Task DepartmentHead_SeesOwnDepartmentInDetailAndTheCompanySummary()
    {
        var page = await SignInAsync("张伟");
        try
        {
            await Assertions.Expect(page.Locator("#plans tbody tr")).ToHaveCountAsync(5);
            await Assertions.Expect(page.Locator("#filter-department option")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#tasks")).Not.ToContainTextAsync("销售部");
            await Assertions.Expect(page.Locator("#week")).Not.ToContainTextAsync(DashboardSampleData.SalesBlockedTask);
            await Assertions.Expect(page.Locator("#risks")).Not.ToContainTextAsync(DashboardSampleData.SalesRiskDescription);
            await Assertions.Expect(page.Locator("#alerts")).ToContainTextAsync(Zh["Dashboard.Empty.Alerts"]);
            await ScreenshotAsync(page, "dashboard-department-head.png");
        }
        catch
        {
            await ScreenshotAsync(page, "dashboard-department-head-failed.png");
            throw;
        }
    }

    [Theory]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Themes_DarkAndHighContrast_RenderWithTheirOwnColours(string theme)
    {
        var page = await SignInAsync("陈静");
        var light = await BackgroundAsync(page);
        await page.GotoAsync(DashboardUrl($"?theme={theme}&locale=en-US"));
        await page.Locator("#app[data-ready=true]").WaitForAsync();

        Assert.Equal(theme, (await page.Locator("body").GetAttributeAsync("class"))!.Replace("theme-", string.Empty, StringComparison.Ordinal));
        Assert.NotEqual(light, await BackgroundAsync(page));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Localizer.EnUs["Dashboard.Title"]);
        await Assertions.Expect(page.Locator("#plans canvas")).ToBeVisibleAsync();
        await ScreenshotAsync(page, $"dashboard-{theme}-en.png");
    }

    [Fact]
    public async Task Keyboard_TabReachesTheFiltersAndTheExportInOrder()
    {
        var page = await SignInAsync("王敏");
        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.id"));
        }

        var department = reached.IndexOf("filter-department");
        Assert.True(department >= 0, string.Join(",", reached));
        Assert.True(reached.IndexOf("filter-period") > department);
        Assert.True(reached.IndexOf("export") > reached.IndexOf("filter-period"));
    }

    [Fact]
    public async Task Export_Button_DownloadsUtf8CsvWithByteOrderMark()
    {
        var page = await SignInAsync("王敏");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains(DashboardSampleData.SalesBlockedTask, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private string DashboardUrl(string query = "") => new Uri(fixture.Bot.BaseAddress, "/dashboard/" + query).ToString();

    /// <summary>
    /// Signs in afresh on the local sign-in page, where the person is picked. It opens that page itself rather
    /// than waiting for the tab's own redirect: outside Teams the redirect comes only after teams-js has given
    /// up looking for a Teams host, which on a loaded machine sometimes took longer than the wait.
    /// </summary>
    private async Task<IPage> SignInAsync(string name)
    {
        await fixture.Browser.Context.ClearCookiesAsync();
        var page = await fixture.Browser.Context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(DashboardUrl("signin"));
        await page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await page.Locator("#app[data-ready=true]").WaitForAsync();
        return page;
    }

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = RepositoryPaths.TestOutput("screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }
}
