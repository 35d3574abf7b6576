using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>A dead-lettered message is reported to each person of the ops office, in plain words.</summary>
public sealed class DeadLetterReportTests
{
    [Fact]
    public async Task QueueAsync_DigestRefusedAsTooLarge_EveryOpsPersonToldWhatWhereAndWhy()
    {
        var organisation = SampleOrganisation.Load();
        var directory = new Mock<IOrganisationDirectory>();
        directory.Setup(d => d.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(organisation);
        var written = new List<(string Container, DocumentKey Key, OutboxMessage Message)>();
        var store = new Mock<IDocumentStore>();
        store.Setup(s => s.ExecuteBatchAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, IReadOnlyList<BatchOperation>, CancellationToken>((c, pk, operations, _) =>
            {
                // Each report is queued with the partition's pending marker, as every outbox message.
                Assert.Contains(operations, o => o.Id == OutboxPending.DocumentId);
                foreach (var create in operations.OfType<BatchCreate>().Where(o => o.Value is OutboxMessage))
                {
                    written.Add((c, new DocumentKey(pk, create.Id), (OutboxMessage)create.Value));
                }
            })
            .ReturnsAsync([]);
        var report = new DeadLetterReport(store.Object, directory.Object, new InMemoryPersonLanguages(), TimeProvider.System, NullLogger<DeadLetterReport>.Instance);
        var digest = ActivityFactory.Card(JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" }), "本周周报汇总 2026-W48");
        var lost = OutboxMessage.Create(OutboxTarget.Channel(organisation.OpsChannelId!), digest, "digest:2026-W48:ops", DateTimeOffset.UtcNow)
            with { Status = OutboxStatus.DeadLettered, LastError = "Connector answered 413 MessageSizeTooBig" };

        await report.QueueAsync("weekly", "2026-W48", lost, CancellationToken.None);

        var ops = organisation.WithRole(Domain.Organisation.Role.OpsOffice).Select(p => p.Id).Order().ToList();
        Assert.Equal(ops, written.Select(w => w.Message.Target.Id).Order().ToList());
        Assert.All(written, w =>
        {
            Assert.Equal(("weekly", "2026-W48"), (w.Container, w.Key.PartitionKey));
            var text = w.Message.Activity.GetProperty("text").GetString()!;
            Assert.Contains("本周周报汇总 2026-W48", text, StringComparison.Ordinal);
            Assert.Contains("413", text, StringComparison.Ordinal);
            Assert.Equal("plain", w.Message.Activity.GetProperty("textFormat").GetString());
        });
    }

    [Fact]
    public async Task QueueAsync_ReportThatWasItselfLost_NotReportedAgain()
    {
        var store = new Mock<IDocumentStore>(MockBehavior.Strict);
        var report = new DeadLetterReport(store.Object, Mock.Of<IOrganisationDirectory>(), new InMemoryPersonLanguages(), TimeProvider.System, NullLogger<DeadLetterReport>.Instance);
        var lost = OutboxMessage.Create(OutboxTarget.Person("wang-min"), ActivityFactory.Text("x"), "deadletter:digest:2026-W48:ops:wang-min", DateTimeOffset.UtcNow);

        await report.QueueAsync("weekly", "2026-W48", lost, CancellationToken.None);

        store.VerifyNoOtherCalls();
    }
}
