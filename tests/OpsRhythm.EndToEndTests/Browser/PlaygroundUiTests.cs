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

        await page.GotoAsync(fixture.Playground.BaseAddress.ToString());
        var input = page.GetByPlaceholder("Type a message");
        await input.FillAsync("帮助");
        await input.PressAsync("Enter");

        var answer = page.GetByText(helpTitle, new() { Exact = true }).Last;
        await answer.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var screenshot = RepositoryPaths.TestOutput("screenshots", "playground-help-zh.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot });

        Assert.True(await answer.IsVisibleAsync());
        Assert.True(new FileInfo(screenshot).Length > 0);
    }
}
