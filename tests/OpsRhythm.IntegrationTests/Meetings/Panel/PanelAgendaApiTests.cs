using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Cards.Localization;
using OpsRhythm.IntegrationTests.Dashboard;

namespace OpsRhythm.IntegrationTests.Meetings.Panel;

/// <summary>The side panel's read API on the real bot over real HTTP, with the dashboard's sample week (sales blocked, asking finance for help).</summary>
public sealed class PanelAgendaApiTests : IAsyncLifetime, IDisposable
{
    private readonly DashboardServer _server = new();

    public async Task InitializeAsync() => await DashboardSampleData.SeedAsync(_server.Store, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Agenda_NotSignedIn_Unauthorized()
    {
        using var client = _server.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/dashboard/panel/api/agenda", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Agenda_OpsOffice_ShowsThisWeeksBlockersHelpRequestsAndWhatToRecordWith()
    {
        var agenda = await AgendaAsync("wang-min", string.Empty);

        Assert.True(agenda.MayRecord);
        Assert.Contains(agenda.Agenda, a => a.Kind == "Blocker" && a.DepartmentId == "sales" && a.Subject == DashboardSampleData.SalesBlockedTask);
        var help = Assert.Single(agenda.Agenda, a => a.Kind == "HelpRequest");
        Assert.Contains("财务部", help.Subject, StringComparison.Ordinal);
        Assert.Contains("合同付款条款确认", help.Subject, StringComparison.Ordinal);
        var sales = Assert.Single(agenda.Departments);
        Assert.Equal(("sales", true), (sales.Id, sales.Late));
        Assert.Contains(DashboardSampleData.SalesBlockedTask, sales.Blockers);

        // No weekly meeting is scheduled: the owners are the weekly meeting's people, every head and the ops office.
        Assert.Equal(["gao-yu", "li-qiang", "liu-yang", "wang-min", "zhang-wei", "zhao-li"], agenda.Attendees.Select(a => a.Value).Order(StringComparer.Ordinal));
        Assert.Contains(agenda.Links, l => l.Value == "department:finance");
        Assert.Contains(agenda.Links, l => l.Value.StartsWith("risk:sales:", StringComparison.Ordinal) && l.Label.Contains(DashboardSampleData.SalesRiskDescription, StringComparison.Ordinal));
        Assert.Equal(DashboardSampleData.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), agenda.Today);
    }

    [Fact]
    public async Task Agenda_DepartmentHead_SeesEveryDepartmentsBlockersButCannotRecord()
    {
        var agenda = await AgendaAsync("zhang-wei", string.Empty);

        Assert.False(agenda.MayRecord);
        Assert.False(agenda.DepartmentsLimited);
        Assert.Equal("sales", Assert.Single(agenda.Departments).Id);
        Assert.Empty(agenda.Attendees);
        Assert.Empty(agenda.Links);
    }

    [Fact]
    public async Task Agenda_InEnglish_TextsAndTimeInTheOrganisationsZone()
    {
        var agenda = await AgendaAsync("chen-jing", "?locale=en-US");

        Assert.Equal("en-US", agenda.Language);
        Assert.Equal(Localizer.EnUs["MeetingPanel.Title"], agenda.Title);
        Assert.Contains("Needs help from Finance", Assert.Single(agenda.Agenda, a => a.Kind == "HelpRequest").Subject, StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs["Common.Zone.Beijing"], agenda.AsOf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_ChatIdLongerThanAnyTeamsId_BadRequest()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/panel/api/agenda?chat=" + new string('x', PanelLimits.MaxIdLength + 1), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_IsServedFramableOnlyByTeams()
    {
        using var client = _server.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/dashboard/panel/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/dashboard/assets/panel.js", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var script = await client.GetAsync(new Uri("/dashboard/assets/panel.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private async Task<PanelAgenda> AgendaAsync(string personId, string query)
    {
        using var client = await _server.SignedInAsync(personId);
        using var response = await client.GetAsync(new Uri("/dashboard/panel/api/agenda" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PanelAgenda>(JsonSerializerOptions.Web))!;
    }
}
