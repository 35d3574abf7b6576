using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Infra;

/// <summary>
/// infra/'s indexing policy against the queries the code really issues: <see cref="QueryRecorder"/> sees
/// every query the bot's code runs in every integration test, on either store, and refuses one on a path
/// main.bicep does not index (BicepTests' source scan also covers queries no test runs).
/// </summary>
public sealed class IssuedQueriesTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public void MissingPaths_FilterAndOrderOnPathsInfraDoesNotIndex_NamesEach_IndexedOnesPass()
    {
        var unindexed = new DocumentQuery("Risk").Where("description", "x").OrderedBy("owner.name");
        var outboxPage = new DocumentQuery("OutboxMessage").Where("status", "Pending").Where("shard", 0).OrderedBy("createdAt");

        Assert.Equal(["/description/?", "/owner/name/?"], QueryRecorder.MissingPaths(unindexed));
        Assert.Empty(QueryRecorder.MissingPaths(outboxPage));
        Assert.NotNull(IssuedQueries.Observer);
    }

    [Fact]
    public async Task QueriesTheBotIssuedInThisRun_Recorded_NoneOnAnUnindexedPath()
    {
        await new WeeklyStatusReports(fixture.Store).OfWeekAsync("2026-W48", CancellationToken.None);

        Assert.Contains("WeeklyStatusReport: where []", QueryRecorder.Recorded);
        Assert.Empty(QueryRecorder.Refused);
    }
}
