using Microsoft.Playwright;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Hosting;

namespace OpsRhythm.EndToEndTests.Browser;

[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class PlaygroundUiTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task TypeHelpInChinese_InPlaygroundUi_ShowsHelpCard()
    {
        await using var browser = await ChromiumBrowser.LaunchAsync();
        var page = browser.Context.Pages.Count > 0 ? browser.Context.Pages[0] : await browser.Context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var helpTitle = Localizer.ZhCn["Welcome.HelpTitle"];
        try
        {
            await page.GotoAsync(fixture.Playground.BaseAddress.ToString());
            // The composer is a rich-text editor (a contenteditable textbox whose "Type a message..." is drawn, not a placeholder attribute).
            var input = page.GetByRole(AriaRole.Textbox).Last;
            await input.ClickAsync();
            await page.Keyboard.InsertTextAsync("帮助");
            await page.Keyboard.PressAsync("Enter");

            var answer = page.GetByText(helpTitle, new() { Exact = true }).Last;
            await answer.WaitForAsync(new() { State = WaitForSelectorState.Visible });
            var screenshot = await ScreenshotAsync(page, "playground-help-zh.png");

            Assert.True(await answer.IsVisibleAsync());
            Assert.True(new FileInfo(screenshot).Length > 0);
        }
        catch
        {
            await ScreenshotAsync(page, "playground-help-zh-failed.png");
            throw;
        }
    }

    private static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = RepositoryPaths.TestOutput("screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }
}
