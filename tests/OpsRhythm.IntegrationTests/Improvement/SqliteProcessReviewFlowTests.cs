using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>The process review flow on a real SQLite file.</summary>
public sealed class SqliteProcessReviewFlowTests(SqliteStoreFixture fixture) : ProcessReviewFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
