using Microsoft.Playwright;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Dashboard;
using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.IntegrationTests.Dashboard;

namespace OpsRhythm.EndToEndTests.Meetings;

/// <summary>
/// The meeting side panel in headless Chromium at Teams' side panel width (320 px), in both languages, against the
/// running bot and the dashboard's seeded week: the agenda and each department's blockers and help requests fit
/// the width, and what the operations office records appears for everyone else without a reload.
/// Screenshots go to artifacts/test-output/screenshots.
/// </summary>
public sealed class MeetingPanelBrowserTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const int SidePanelWidth = 320;

    [Theory]
    [InlineData("zh-CN", "销售部", "财务部")]
    [InlineData("en-US", "Sales", "Finance")]
    public async Task Panel_At320Pixels_ShowsTheAgendaAndBlockersInTheReadersLanguage(string locale, string sales, string finance)
    {
        var text = Localizer.For(locale);
        var page = await OpenPanelAsync("王敏", locale);
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text["MeetingPanel.Title"]);
            var agenda = page.Locator("#agenda");
            await Assertions.Expect(agenda.GetByRole(AriaRole.Heading)).ToHaveTextAsync(text["MeetingPanel.Section.Agenda"]);
            await Assertions.Expect(agenda.Locator("li.kind-Blocker")).ToContainTextAsync(DashboardSampleData.SalesBlockedTask);
            await Assertions.Expect(agenda.Locator("li.kind-HelpRequest")).ToContainTextAsync(finance);
            var salesRow = page.Locator("#departments li[data-department=sales]");
            await Assertions.Expect(salesRow).ToContainTextAsync(sales);
            await Assertions.Expect(salesRow).ToContainTextAsync(text["MeetingPanel.Department.Late"]);
            await Assertions.Expect(page.Locator("#last-week")).ToContainTextAsync(text["MeetingPanel.Empty.LastWeek"]);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = text["MeetingPanel.Button.AddAction"] })).ToBeVisibleAsync();

            // Nothing wider than the side panel: no sideways scrolling, every section inside the width.
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= SidePanelWidth);
            Assert.True(await page.EvaluateAsync<int>("Math.max(...[...document.querySelectorAll('section, form, select, textarea, input')].map(e => e.getBoundingClientRect().right))") <= SidePanelWidth);
            await ScreenshotAsync(page, $"meeting-panel-{locale}.png");
        }
        catch
        {
            await ScreenshotAsync(page, $"meeting-panel-{locale}-failed.png");
            throw;
        }
    }

    [Fact]
    public async Task Panel_DepartmentHead_SeesEveryDepartmentButNoForm()
    {
        var text = Localizer.ZhCn;
        var page = await OpenPanelAsync("张伟", "zh-CN");
        try
        {
            await Assertions.Expect(page.Locator("#departments li[data-department=sales]")).ToContainTextAsync(DashboardSampleData.SalesBlockedTask);
            await Assertions.Expect(page.Locator("#decisions")).ToContainTextAsync(text["MeetingPanel.ReadOnly"]);
            await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(0);
        }
        catch
        {
            await ScreenshotAsync(page, "meeting-panel-head-failed.png");
            throw;
        }
    }

    private string PanelUrl(string query) => new Uri(fixture.Bot.BaseAddress, "/dashboard/panel/" + query).ToString();

    /// <summary>Signs in on the local sign-in page (Teams SSO stands in for it in Teams), then opens the panel at side panel width.</summary>
    private async Task<IPage> OpenPanelAsync(string name, string locale)
    {
        await fixture.Browser.Context.ClearCookiesAsync();
        var page = await fixture.Browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(SidePanelWidth, 900);
        page.SetDefaultTimeout(30_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(new Uri(fixture.Bot.BaseAddress, "/dashboard/signin").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await page.GotoAsync(PanelUrl($"?locale={locale}&meeting=e2e-meeting"));
        await page.Locator("#app[data-ready=true]").WaitForAsync();
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = RepositoryPaths.TestOutput("screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }
}
