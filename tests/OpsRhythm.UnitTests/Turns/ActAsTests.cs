using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.ActingAs;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.Turns;

public sealed class ActAsTests
{
    [Fact]
    public async Task ActAs_ByChineseName_CardActionsRunAsThatPersonUnderABanner()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowCard(new AdaptiveCard([new TextBlock("plan")])));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        await harness.RouteAsync(TestActivities.Message("扮演 李强"));
        var outcome = await harness.RouteAsync(TestActivities.Invoke("plan.submit"));

        var (turn, _) = Assert.Single(handler.Calls);
        Assert.Equal("li-qiang", turn.Actor?.Id);
        Assert.Equal("wang-min", turn.ActingAsFrom?.Id);
        var body = outcome.InvokeResponse!.Value.GetProperty("body");
        Assert.StartsWith("🧪", body[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("李强", body[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("plan", body[1].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("act as Li Qiang")]
    [InlineData("act as liqiang")]
    [InlineData("act as li-qiang")]
    [InlineData("ACT AS user-id-1")]
    public async Task ActAs_ByEnglishNameIdOrTeamsId_SwitchesActor(string command)
    {
        using var harness = new RouterHarness();

        await harness.RouteAsync(TestActivities.Message(command, locale: "en-US"));

        var sessions = harness.Services.GetRequiredService<ActAsSessions>();
        Assert.Equal("li-qiang", sessions.ActingAs("user-id-0"));
        // The confirmation already carries the banner of the new identity.
        Assert.EndsWith(Localizer.EnUs.Format("Welcome.ActAs.Started", "Li Qiang", "Employee, Department head"), harness.Sent[^1].Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActAsMe_AfterActingAs_RestoresTheRealPersonWithoutBanner()
    {
        using var harness = new RouterHarness();

        await harness.RouteAsync(TestActivities.Message("扮演 陈静"));
        await harness.RouteAsync(TestActivities.Message("恢复身份"));
        await harness.RouteAsync(TestActivities.Message("帮助"));

        Assert.Null(harness.Services.GetRequiredService<ActAsSessions>().ActingAs("user-id-0"));
        Assert.Equal(Localizer.ZhCn["Welcome.ActAs.Stopped"], harness.Sent[1].Activity.Text);
        Assert.DoesNotContain("🧪", harness.Sent[2].CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActAs_UnknownName_ListsWhoCanBeChosen()
    {
        using var harness = new RouterHarness();

        await harness.RouteAsync(TestActivities.Message("扮演 无名氏"));

        var text = Assert.Single(harness.Sent).Activity.Text;
        Assert.Contains("无名氏", text, StringComparison.Ordinal);
        Assert.Contains("li-qiang", text, StringComparison.Ordinal);
        Assert.Null(harness.Services.GetRequiredService<ActAsSessions>().ActingAs("user-id-0"));
    }

    [Fact]
    public async Task ActAs_WhenAppIdConfigured_IsNotACommand()
    {
        using var harness = new RouterHarness(localRun: false);

        await harness.RouteAsync(TestActivities.Message("扮演 李强"));

        Assert.Null(harness.Services.GetService<ActAsSessions>());
        Assert.IsType<TeamsActorResolver>(harness.Services.GetRequiredService<IActorResolver>());
        using var scope = harness.Services.CreateScope();
        Assert.DoesNotContain(scope.ServiceProvider.GetServices<IChatCommand>(), c => c.Name.StartsWith("act-as", StringComparison.Ordinal));
        Assert.Equal(Localizer.ZhCn.Format("Common.Chat.NotUnderstood", "扮演 李强"), Assert.Single(harness.Sent).Activity.Text);
    }
}
