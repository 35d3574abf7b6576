using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings.Panel;

/// <summary>The side panel's meeting ids are not signed: a Teams viewer sees a meeting only when Teams says they take part in it.</summary>
public sealed class PanelGateTests
{
    private const string Thread = "19:meeting_NjA5ZDk4@thread.v2";
    private const string ObjectId = "00000000-0000-0000-0000-0000000000021";
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/apac/");
    private static readonly Person Viewer = SampleOrganisation.Load().FindPerson("li-qiang")!;

    private readonly Mock<IConnectorClient> _connector = new(MockBehavior.Strict);
    private readonly Mock<IConversationDirectory> _conversations = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
    private readonly PanelGate _gate;

    public PanelGateTests()
    {
        _conversations.Setup(c => c.FindForConversationAsync(Thread, It.IsAny<CancellationToken>())).ReturnsAsync(new ConversationReference(
            ServiceUrl.AbsoluteUri, "msteams", new ConversationAccount(Thread), new ChannelAccount("28:bot", "OpsRhythm"), null, "tenant-1"));
        _gate = new PanelGate(_conversations.Object, new PanelParticipants(_connector.Object, _time, NullLogger<PanelParticipants>.Instance));
    }

    [Fact]
    public async Task Participant_AskedWithTheMeetingIdMadeFromTheThreadAndServedThatThread()
    {
        Answers(participant: true);

        var (ids, error) = await CheckAsync(Teams(), chat: Thread, meeting: "anything-the-page-sent");

        Assert.Null(error);
        Assert.Equal(new PanelMeetingIds(Thread, null), ids);
        var meetingId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"0#{Thread}#0"));
        _connector.Verify(c => c.GetMeetingParticipantAsync(ServiceUrl, meetingId, ObjectId, "tenant-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task NotAParticipant_ForbiddenSayingTheMeetingsParticipantsMaySeeIt_InBothLanguages()
    {
        Answers(participant: false);

        var (_, chinese) = await CheckAsync(Teams(), chat: Thread);
        var (_, english) = await CheckAsync(Teams(), chat: Thread, text: Localizer.EnUs);

        AssertProblem(chinese, HttpStatusCode.Forbidden, "not-participant", Localizer.ZhCn["MeetingPanel.Error.NotParticipant"]);
        AssertProblem(english, HttpStatusCode.Forbidden, "not-participant", Localizer.EnUs["MeetingPanel.Error.NotParticipant"]);
        Assert.Contains("participants", Localizer.EnUs["MeetingPanel.Error.NotParticipant"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipantAnswer_KeptTenMinutes_ThenAskedAgain()
    {
        Answers(participant: true);
        await CheckAsync(Teams(), chat: Thread);
        _time.Advance(PanelParticipants.ConfirmedFor - TimeSpan.FromSeconds(1));
        await CheckAsync(Teams(), chat: Thread);
        _connector.Verify(Asked(), Times.Once);

        Answers(participant: false);
        _time.Advance(TimeSpan.FromSeconds(2));
        var (_, error) = await CheckAsync(Teams(), chat: Thread);

        AssertProblem(error, HttpStatusCode.Forbidden, "not-participant", Localizer.ZhCn["MeetingPanel.Error.NotParticipant"]);
        _connector.Verify(Asked(), Times.Exactly(2));
    }

    [Fact]
    public async Task RefusalAnswer_KeptBriefly_SoSomeoneJustAddedGetsInSoon()
    {
        Answers(participant: false);
        await CheckAsync(Teams(), chat: Thread);
        await CheckAsync(Teams(), chat: Thread);
        _connector.Verify(Asked(), Times.Once);

        Answers(participant: true);
        _time.Advance(PanelParticipants.RefusedFor + TimeSpan.FromSeconds(1));
        var (ids, error) = await CheckAsync(Teams(), chat: Thread);

        Assert.Null(error);
        Assert.NotNull(ids);
    }

    [Fact]
    public async Task TeamsCannotBeAsked_ServiceUnavailable_AndNotRemembered()
    {
        _connector.Setup(Asked()).ThrowsAsync(new ConnectorException(HttpStatusCode.BadGateway, null, "down"));
        var (_, error) = await CheckAsync(Teams(), chat: Thread);
        AssertProblem(error, HttpStatusCode.ServiceUnavailable, "participants-unavailable", Localizer.ZhCn["MeetingPanel.Error.ParticipantsUnavailable"]);

        Answers(participant: true);
        var (ids, retried) = await CheckAsync(Teams(), chat: Thread);

        Assert.Null(retried);
        Assert.NotNull(ids);
    }

    [Fact]
    public async Task TeamsViewerNamingNoMeeting_Forbidden_NoFallbackToTheWeeklyMeeting()
    {
        var (ids, error) = await CheckAsync(Teams(), chat: null);

        Assert.Null(ids);
        AssertProblem(error, HttpStatusCode.Forbidden, "no-meeting", null);
        _connector.Verify(Asked(), Times.Never);
    }

    [Fact]
    public async Task MeetingChatTheBotWasNeverIn_ForbiddenWithoutCallingAnyone()
    {
        const string other = "19:meeting_OTHER@thread.v2";

        var (_, error) = await CheckAsync(Teams(), chat: other);

        AssertProblem(error, HttpStatusCode.Forbidden, "not-in-meeting-chat", Localizer.ZhCn["MeetingPanel.Error.NotInMeetingChat"]);
        _connector.Verify(Asked(), Times.Never);
    }

    [Fact]
    public async Task ChatAndMeetingIdNamingDifferentMeetings_BadRequest()
    {
        var otherMeeting = Convert.ToBase64String(Encoding.UTF8.GetBytes("0#19:meeting_OTHER@thread.v2#0"));

        var (_, error) = await CheckAsync(Teams(), chat: Thread, meeting: otherMeeting);

        AssertProblem(error, HttpStatusCode.BadRequest, "bad-request", null);
    }

    [Fact]
    public async Task MeetingIdAlone_ItsThreadIsChecked()
    {
        Answers(participant: true);

        var (ids, error) = await CheckAsync(Teams(), chat: null, meeting: PanelTeamsMeeting.IdOf(Thread));

        Assert.Null(error);
        Assert.Equal(Thread, ids!.Chat);
    }

    [Fact]
    public async Task LocalSignIn_NoTeamsToAsk_ServedTheIdsAsSent()
    {
        var (ids, error) = await CheckAsync(new DashboardViewer(Viewer, SignedInLocally: true), chat: null, meeting: "e2e-meeting");

        Assert.Null(error);
        Assert.Equal(new PanelMeetingIds(null, "e2e-meeting"), ids);
    }

    private static DashboardViewer Teams() => new(Viewer, SignedInLocally: false) { Token = new TeamsSsoToken(ObjectId, "li.qiang@huacai.example") { TenantId = "tenant-1" } };

    private Task<(PanelMeetingIds? Ids, IResult? Error)> CheckAsync(DashboardViewer viewer, string? chat, string? meeting = null, Localizer? text = null) =>
        _gate.CheckAsync(viewer, chat, meeting, text ?? Localizer.ZhCn, CancellationToken.None);

    private static System.Linq.Expressions.Expression<Func<IConnectorClient, Task<MeetingParticipant?>>> Asked() =>
        c => c.GetMeetingParticipantAsync(It.IsAny<Uri>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>());

    private void Answers(bool participant) =>
        _connector.Setup(Asked()).ReturnsAsync(participant ? new MeetingParticipant(null, new MeetingParticipantRole("Attendee", true), null) : null);

    private static void AssertProblem(IResult? result, HttpStatusCode status, string code, string? message)
    {
        Assert.NotNull(result);
        Assert.Equal((int)status, ((IStatusCodeHttpResult)result).StatusCode);
        var body = JsonSerializer.SerializeToElement(((IValueHttpResult)result).Value);
        Assert.Equal(code, body.GetProperty("code").GetString());
        if (message is not null)
        {
            Assert.Equal(message, body.GetProperty("message").GetString());
        }
    }
}
