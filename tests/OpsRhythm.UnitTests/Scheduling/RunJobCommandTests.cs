using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Scheduling;

public sealed class RunJobCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
    private readonly Mock<IScheduledJob> _reminder = Job("weekly-status-reminder");
    private readonly Mock<IScheduledJob> _digest = Job("weekly-status-digest");

    private static Mock<IScheduledJob> Job(string name)
    {
        var job = new Mock<IScheduledJob>();
        job.SetupGet(j => j.Name).Returns(name);
        return job;
    }

    private async Task<Turn> SayAsync(Person actor, string arguments)
    {
        var turn = new Turn
        {
            Activity = new Activity { Type = ActivityTypes.Message, Id = "in", From = new ChannelAccount("user-id-0"), Conversation = new ConversationAccount("personal") },
            Text = Localizer.ZhCn,
            Organisation = SampleOrganisation.Profile,
            Actor = actor,
        };
        await new RunJobCommand([_reminder.Object, _digest.Object], new FakeTimeProvider(Now)).HandleAsync(turn, arguments, CancellationToken.None);
        return turn;
    }

    [Fact]
    public async Task Handle_AdministratorNamesAJob_RunsItNowAndSaysSo()
    {
        var turn = await SayAsync(SampleOrganisation.Ops with { Roles = SampleOrganisation.Ops.Roles | Role.Administrator }, " Weekly-Status-Digest ");

        _digest.Verify(j => j.RunAsync(Now, It.IsAny<CancellationToken>()), Times.Once);
        _reminder.Verify(j => j.RunAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(Localizer.ZhCn.Format("Scheduling.RunJob.Ran", "weekly-status-digest"), Assert.Single(turn.Replies).Text);
    }

    [Fact]
    public async Task Handle_UnknownJob_ListsTheJobsAndRunsNone()
    {
        var turn = await SayAsync(SampleOrganisation.Ops with { Roles = Role.Administrator }, "cleanup");

        Assert.Equal(Localizer.ZhCn.Format("Scheduling.RunJob.Choose", "weekly-status-digest, weekly-status-reminder"), Assert.Single(turn.Replies).Text);
        _digest.Verify(j => j.RunAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Handle_NotAnAdministrator_RefusedAndRunsNone()
    {
        var turn = await SayAsync(SampleOrganisation.SalesHead, "weekly-status-digest");

        Assert.Equal(Localizer.ZhCn["Scheduling.RunJob.AdministratorsOnly"], Assert.Single(turn.Replies).Text);
        _digest.Verify(j => j.RunAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
