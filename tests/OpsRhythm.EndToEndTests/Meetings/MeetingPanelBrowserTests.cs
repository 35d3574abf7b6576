using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OpsRhythm.Bot.Meetings.Panel;
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

    [Fact]
    public async Task Panel_WhatTheOpsOfficeRecordsAppearsForAHeadWithoutAReload()
    {
        var page = await OpenPanelAsync("张伟", "zh-CN");
        try
        {
            await page.Locator("#app[data-minutes=ready]").WaitForAsync();
            await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(0);

            using var ops = await SignedInClientAsync("wang-min");
            await RecordAsync(ops, "actions", new { title = "确认合同付款条款", owner = "liu-yang", deadline = DashboardSampleData.Today().AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), link = "department:finance" });
            await RecordAsync(ops, "decisions", new { text = "销售部与财务部本周内完成条款确认" });

            // The panel class shares one bot, so other tests' items may be listed too: find this one by its text.
            var item = page.Locator("#actions-list li").Filter(new() { HasText = "确认合同付款条款" });
            await Assertions.Expect(item).ToContainTextAsync("刘洋");
            await Assertions.Expect(item).ToContainTextAsync("财务部");
            await Assertions.Expect(page.Locator("#decisions-list li").Filter(new() { HasText = "销售部与财务部本周内完成条款确认" })).ToBeVisibleAsync();
            await ScreenshotAsync(page, "meeting-panel-live-zh-CN.png");
        }
        catch
        {
            await ScreenshotAsync(page, "meeting-panel-live-failed.png");
            throw;
        }
    }

    [Theory]
    [InlineData("zh-CN", "确认付款条款（面板）", "刘洋", "财务部")]
    [InlineData("en-US", "Confirm the payment terms (panel)", "Liu Yang", "Finance")]
    public async Task Panel_OpsOfficeRecordsThroughTheForm_ErrorsBesideTheFieldsThenTheItem(string locale, string title, string owner, string finance)
    {
        var text = Localizer.For(locale);
        var page = await OpenPanelAsync("王敏", locale);
        try
        {
            await page.Locator("#app[data-minutes=ready]").WaitForAsync();
            var form = page.Locator("#actions-form");
            var what = form.GetByLabel(text["MeetingPanel.Field.Action"], new() { Exact = true });
            var add = form.GetByRole(AriaRole.Button, new() { Name = text["MeetingPanel.Button.AddAction"] });
            await what.FillAsync(title);
            await add.ClickAsync();
            await Assertions.Expect(page.Locator("#actions-owner-error")).ToHaveTextAsync(text["MeetingPanel.Error.Required"]);
            await Assertions.Expect(page.Locator("#actions-deadline-error")).ToHaveTextAsync(text["MeetingPanel.Error.Required"]);
            await Assertions.Expect(form.GetByLabel(text["MeetingPanel.Field.Owner"], new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(what).ToHaveValueAsync(title);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= SidePanelWidth);
            await ScreenshotAsync(page, $"meeting-panel-errors-{locale}.png");

            await form.GetByLabel(text["MeetingPanel.Field.Owner"], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = owner });
            await form.GetByLabel(text["MeetingPanel.Field.Deadline"], new() { Exact = true }).FillAsync(DashboardSampleData.Today().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await form.GetByLabel(text["MeetingPanel.Field.Link"], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = finance });
            await add.ClickAsync();

            var item = page.Locator("#actions-list li").Filter(new() { HasText = title });
            await Assertions.Expect(item).ToContainTextAsync(owner);
            await Assertions.Expect(item).ToContainTextAsync(finance);
            await Assertions.Expect(item).ToContainTextAsync(text["Minutes.ItemState.Open"]);
            await Assertions.Expect(page.Locator("#actions-note")).ToHaveTextAsync(text["MeetingPanel.Saved"]);
            await Assertions.Expect(page.Locator("#actions-owner-error")).ToBeEmptyAsync();
            await Assertions.Expect(what).ToHaveValueAsync(string.Empty);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= SidePanelWidth);
            await ScreenshotAsync(page, $"meeting-panel-recorded-{locale}.png");
        }
        catch
        {
            await ScreenshotAsync(page, $"meeting-panel-form-{locale}-failed.png");
            throw;
        }
    }

    /// <summary>A second person at the same meeting, through the panel's API as their page would call it.</summary>
    private async Task<HttpClient> SignedInClientAsync(string personId)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = fixture.Bot.BaseAddress };
        var signIn = await client.GetStringAsync(new Uri("/dashboard/signin", UriKind.Relative));
        var antiforgery = System.Text.RegularExpressions.Regex.Match(signIn, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
        Assert.True(antiforgery.Success, "The sign-in form has no antiforgery field.");
        using var form = new FormUrlEncodedContent([
            new KeyValuePair<string, string>(System.Net.WebUtility.HtmlDecode(antiforgery.Groups[1].Value), System.Net.WebUtility.HtmlDecode(antiforgery.Groups[2].Value)),
            new KeyValuePair<string, string>("personId", personId)]);
        using var response = await client.PostAsync(new Uri("/dashboard/signin", UriKind.Relative), form);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task RecordAsync(HttpClient client, string what, object body)
    {
        var token = (await client.GetFromJsonAsync<JsonElement>(new Uri("/dashboard/panel/api/antiforgery", UriKind.Relative))).GetProperty("token").GetString()!;
        using var minutes = await client.GetAsync(new Uri("/dashboard/panel/api/minutes?meeting=e2e-meeting", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/dashboard/panel/api/{what}?meeting=e2e-meeting", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add(PanelLimits.AntiforgeryHeader, token);
        request.Headers.TryAddWithoutValidation("If-Match", minutes.Headers.ETag!.ToString());
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
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
