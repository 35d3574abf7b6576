using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>The dispatcher checks each verb's access rule before its handler sees the click.</summary>
public sealed class CardActionAccessTests
{
    private static readonly AdaptiveCard Secret = new([new TextBlock("CONFIDENTIAL")]);

    [Fact]
    public void Constructor_VerbRegisteredWithoutAccessRule_Throws()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new CardActionDispatcher([new NoRuleHandler()]));

        Assert.Contains("without an access rule", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("user-id-1", "production", 403)] // the sales head, on production's data
    [InlineData("user-id-2", "sales", 403)] // the production head, on sales' data
    [InlineData("user-id-5", "no-such-department", 404)] // leadership, naming a department that does not exist
    [InlineData("user-id-0", "no-such-department", 404)] // the ops office, likewise: never "the whole company"
    public async Task Dispatch_DepartmentVerbNamingADepartmentOutOfScope_RefusedAndHandlerNeverCalled(string fromId, string department, int status)
    {
        var handler = new RecordingHandler("test.read", (_, _) => CardActionResult.ShowCard(Secret), VerbAccess.Department(RoleSets.Everyone, r => r.Value("dept")));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("test.read", new Dictionary<string, string> { ["verb"] = "test.read", ["dept"] = department, ["v"] = "stale" }, fromId));

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("CONFIDENTIAL", JsonSerializer.Serialize(response), StringComparison.Ordinal);
        Assert.Empty(handler.Calls);
    }

    [Theory]
    [InlineData("user-id-1", "sales")] // a head, on their own department
    [InlineData("user-id-0", "production")] // the ops office, on any
    [InlineData("user-id-5", "hr")] // leadership, on any
    public async Task Dispatch_DepartmentVerbWithinTheDashboardsScope_ReachesTheHandler(string fromId, string department)
    {
        var handler = new RecordingHandler("test.read", (_, _) => CardActionResult.ShowCard(Secret), VerbAccess.Department(RoleSets.Everyone, r => r.Value("dept")));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("test.read", new Dictionary<string, string> { ["verb"] = "test.read", ["dept"] = department }, fromId));

        Assert.Equal(200, Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse).StatusCode);
        Assert.Single(handler.Calls);
    }

    [Fact]
    public async Task Dispatch_RoleNotAllowed_ForbiddenNamingWhoMay()
    {
        var handler = new RecordingHandler("test.edit", (_, _) => CardActionResult.ShowCard(Secret), VerbAccess.Company(Role.DepartmentHead));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("test.edit", new Dictionary<string, string> { ["verb"] = "test.edit" }, "user-id-5"));

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(403, response.StatusCode);
        Assert.Contains("部门负责人", response.Value.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task Dispatch_ValueLongerThanAnyCardField_RefusedBeforeTheHandler()
    {
        var handler = new RecordingHandler("test.save", (_, r) => CardActionResult.ShowMessage(r.Value("text")!));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("test.save", new Dictionary<string, string> { ["verb"] = "test.save", ["text"] = new string('x', 60_000) }));

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(400, response.StatusCode);
        Assert.True(JsonSerializer.Serialize(response).Length < 1000);
        Assert.Empty(handler.Calls);
    }

    private sealed class NoRuleHandler : ICardActionHandler
    {
        public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess> { ["test.none"] = null! };

        public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken) =>
            Task.FromResult(CardActionResult.ShowMessage("ran"));
    }
}
