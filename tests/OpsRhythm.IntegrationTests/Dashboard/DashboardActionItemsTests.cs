using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.IntegrationTests.Meetings;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// Meeting action items on the dashboard's API (the real bot over HTTP, its SQLite file): open items of the
/// departments the viewer sees in detail, overdue first; an employee sees their own; an item recorded or
/// closed on this instance shows at once, another instance's after the background refresh.
/// </summary>
public sealed class DashboardActionItemsTests : IDisposable
{
    private readonly DashboardServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task View_OpenItems_ByScopeOverdueFirstClosedGone()
    {
        var organisation = await _server.Services.GetRequiredService<IOrganisationDirectory>().GetAsync(CancellationToken.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
        var ops = organisation.FindPerson("wang-min")!;

        // Written by "another instance" two weeks ago, overdue since last week: seen after the background refresh.
        var lastMeeting = MeetingOccurrenceResolver.Weekly(today.AddDays(-14));
        var overdue = new ActionItem(MinutesIds.NewItem(lastMeeting.PartitionKey), lastMeeting.MeetingId, lastMeeting.Date, "补齐产线排程", "wu-gang", today.AddDays(-7))
        {
            DepartmentId = "production",
            CreatedBy = ops.Id,
            CreatedAt = TimeProvider.System.GetUtcNow().AddDays(-14),
        };
        await _server.Store.UpsertAsync(StorageContainers.Meetings, new DocumentKey(lastMeeting.PartitionKey, overdue.Id), overdue, CancellationToken.None);
        await _server.Services.GetRequiredService<OpenActionItems>().RefreshAsync(CancellationToken.None);

        // Recorded on this instance: seen at once. The second is the production head's, for sales.
        ActionItem sales, forSales;
        using (var scope = _server.Services.CreateScope())
        {
            var recorder = scope.ServiceProvider.GetRequiredService<ActionItemRecorder>();
            var meeting = MeetingOccurrenceResolver.Weekly(today);
            sales = (await recorder.RecordItemAsync(meeting, ops, organisation, new RecordActionItem("核对大客户报价", "sun-hao", today.AddDays(3)), null, CancellationToken.None)).Stored!.Value;
            forSales = (await recorder.RecordItemAsync(meeting, ops, organisation,
                new RecordActionItem("确认交付产能", "zhang-wei", today.AddDays(5), new ActionItemLink(ActionItemLinkKind.Department, "sales")), null, CancellationToken.None)).Stored!.Value;
        }

        var company = await ViewAsync("wang-min");
        Assert.Equal((3, 1), (company.ActionItems.Open, company.ActionItems.Overdue));
        Assert.Equal([(overdue.Id, true, "生产部"), (sales.Id, false, "销售部"), (forSales.Id, false, "销售部")], company.ActionItems.Items.Select(i => (i.Id, i.Overdue, i.Department)));
        Assert.Equal(("吴刚", Localizer.ZhCn["Meetings.Weekly.Subject"]), (company.ActionItems.Items[0].Owner, company.ActionItems.Items[0].Meeting));
        Assert.NotNull(company.ActionItems.Items[0].DeadlineText);

        Assert.Equal([sales.Id, forSales.Id], (await ViewAsync("li-qiang")).ActionItems.Items.Select(i => i.Id));
        Assert.Equal([overdue.Id, forSales.Id], (await ViewAsync("zhang-wei")).ActionItems.Items.Select(i => i.Id));
        Assert.Equal([overdue.Id], (await ViewAsync("zhang-wei", "?department=production")).ActionItems.Items.Select(i => i.Id));

        var closed = await CloseAsync(organisation, "zhang-wei", forSales.Id, "产能已确认");
        Assert.Contains("产能已确认", MeetingsHarness.CardText(closed));
        Assert.Equal([overdue.Id, sales.Id], (await ViewAsync("wang-min")).ActionItems.Items.Select(i => i.Id));
        Assert.Equal([overdue.Id], (await ViewAsync("zhang-wei")).ActionItems.Items.Select(i => i.Id));
    }

    private async Task<DashboardView> ViewAsync(string personId, string query = "")
    {
        using var client = await _server.SignedInAsync(personId);
        using var response = await client.GetAsync(new Uri("/dashboard/api/view" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web))!;
    }

    private async Task<CardActionResult> CloseAsync(OrganisationProfile organisation, string personId, string itemId, string note)
    {
        using var scope = _server.Services.CreateScope();
        var handler = scope.ServiceProvider.GetServices<ICardActionHandler>().OfType<ActionItemCardHandler>().Single();
        var turn = new Turn
        {
            Activity = new Activity { Type = ActivityTypes.Invoke, Id = Guid.NewGuid().ToString("N") },
            Text = Localizer.ZhCn,
            Organisation = organisation,
            Actor = organisation.FindPerson(personId),
        };
        return await handler.HandleAsync(turn, MeetingsHarness.Click(MinutesVerbs.CloseItem, itemId, null, (ActionItemFields.Note, note)), CancellationToken.None);
    }
}
