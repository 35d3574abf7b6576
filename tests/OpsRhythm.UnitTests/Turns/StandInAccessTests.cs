using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>The dispatcher lets an active stand-in act where the verb allows stand-ins, and a refusal names the head and the stand-in.</summary>
public sealed class StandInAccessTests
{
    private static readonly AdaptiveCard Plan = new([new TextBlock("PLAN")]);

    // The finance head (刘洋, user-id-3) stands in for the sales head (李强) around today, whatever the machine's zone.
    private static RouterHarness Harness(VerbAccess access, int fromDays = -2, int untilDays = 2)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var handler = new RecordingHandler("test.submit", (_, _) => CardActionResult.ShowCard(Plan), access);
        var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));
        harness.Organisation = harness.Organisation with
        {
            StandIns = [new StandIn(StandInKind.Department, "sales", "liu-yang", today.AddDays(fromDays), today.AddDays(untilDays))],
        };
        return harness;
    }

    private static Task<TurnOutcome> ClickAsync(RouterHarness harness, string fromId) =>
        harness.RouteAsync(TestActivities.Invoke("test.submit", new Dictionary<string, string> { ["verb"] = "test.submit", ["dept"] = "sales" }, fromId));

    private static VerbAccess Submit => VerbAccess.Department(Role.DepartmentHead, r => r.Value("dept"));

    [Fact]
    public async Task Dispatch_DeputyOnTheDay_ReachesTheHandler()
    {
        using var harness = Harness(Submit.WithStandIns(StandInKind.Department));

        var outcome = await ClickAsync(harness, "user-id-3");

        Assert.Equal(200, Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse).StatusCode);
    }

    [Fact]
    public async Task Dispatch_DeputyOnAVerbWithoutStandIns_Refused()
    {
        using var harness = Harness(Submit);

        var outcome = await ClickAsync(harness, "user-id-3");

        Assert.Equal(403, Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse).StatusCode);
    }

    [Fact]
    public async Task Dispatch_DeputyAfterTheRange_Refused()
    {
        using var harness = Harness(Submit.WithStandIns(StandInKind.Department), fromDays: -9, untilDays: -3);

        var outcome = await ClickAsync(harness, "user-id-3");

        Assert.Equal(403, Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse).StatusCode);
    }

    [Fact]
    public async Task Dispatch_SomeoneElse_RefusalNamesTheHeadAndTheDeputy()
    {
        using var harness = Harness(Submit.WithStandIns(StandInKind.Department));

        var outcome = await ClickAsync(harness, "user-id-2");

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(403, response.StatusCode);
        var message = response.Value.GetProperty("message").GetString();
        Assert.Contains("李强", message, StringComparison.Ordinal);
        Assert.Contains("代理人：刘洋", message, StringComparison.Ordinal);
    }
}
