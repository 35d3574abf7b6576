using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.IntegrationTests.Meetings;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// Meetings scheduled through the bot's own card handlers (a local run: no Teams meeting, so no join
/// link) show on the dashboard's API in the order they take place.
/// </summary>
public sealed class DashboardMeetingsTests : IDisposable
{
    private const string Topic = "新品交付延期";

    private readonly DashboardServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task View_WeeklyAndCoordinationScheduled_ListsTheNextOccurrencesInOrder()
    {
        var organisation = await _server.Services.GetRequiredService<IOrganisationDirectory>().GetAsync(CancellationToken.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
        // The coordination meeting looked for on the next working day (office hours), the weekly meeting the day after: it comes second.
        var coordinationDay = today.AddDays(1);
        while (coordinationDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            coordinationDay = coordinationDay.AddDays(1);
        }

        var weeklyDay = coordinationDay.AddDays(1);
        await HandleAsync<WeeklyMeetingScheduleHandler>(
            MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, null, ("day", weeklyDay.DayOfWeek.ToString()), ("time", "10:00"), ("duration", "90")));
        var proposed = await HandleAsync<CoordinationProposeHandler>(
            MeetingsHarness.Click(MeetingVerbs.Propose, null, null, ("topic", Topic), ("people", "li-qiang"), ("departments", string.Empty), ("duration", "60"),
                ("from", Iso(coordinationDay)), ("to", Iso(coordinationDay))));
        var pick = MeetingsHarness.Picks(MeetingsHarness.CardNode(proposed)) is [var first, ..] ? first["data"] : null;
        Assert.True(pick is not null, MeetingsHarness.CardText(proposed));
        var coordinationId = (string)pick["id"]!;
        await HandleAsync<CoordinationPickHandler>(MeetingsHarness.Click(MeetingVerbs.Pick, coordinationId, (string)pick["v"]!, ("slot", "0")));
        var chosen = (await new MeetingDocuments(_server.Store).CoordinationAsync(coordinationId, CancellationToken.None))!.Value.Chosen!.Value;

        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web))!;

        var weekly = Localizer.For(view.Locale)["Meetings.Weekly.Subject"];
        var weeklyStart = new DateTimeOffset(weeklyDay.ToDateTime(new TimeOnly(10, 0)), zone.GetUtcOffset(weeklyDay.ToDateTime(new TimeOnly(10, 0))));
        Assert.Equal(
            [
                (coordinationId, Topic, chosen.Start, chosen.End),
                .. Enumerable.Range(0, DashboardReader.MeetingsShown - 1).Select(week => (WeeklyMeeting.DocumentId, weekly, weeklyStart.AddDays(7 * week), weeklyStart.AddDays(7 * week).AddMinutes(90))),
            ],
            view.Meetings.Select(m => (m.Id, m.Subject, m.Start, m.End)));
        Assert.All(view.Meetings, m => Assert.Null(m.JoinUrl));
        Assert.All(view.Meetings, m => Assert.Equal(zone.GetUtcOffset(m.Start), m.Start.Offset));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<CardActionResult> HandleAsync<THandler>(CardActionRequest request)
        where THandler : ICardActionHandler
    {
        using var scope = _server.Services.CreateScope();
        var organisation = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().GetAsync(CancellationToken.None);
        var handler = scope.ServiceProvider.GetServices<ICardActionHandler>().OfType<THandler>().Single();
        var turn = new Turn
        {
            Activity = new Activity { Type = ActivityTypes.Invoke, Id = Guid.NewGuid().ToString("N") },
            Text = Localizer.ZhCn,
            Organisation = organisation,
            Actor = organisation.FindPerson("wang-min"),
        };
        return await handler.HandleAsync(turn, request, CancellationToken.None);
    }
}
