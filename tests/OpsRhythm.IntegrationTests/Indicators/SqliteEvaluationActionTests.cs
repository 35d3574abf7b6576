using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>Evaluation results to improvement actions and rewards on a real SQLite file.</summary>
public sealed class SqliteEvaluationActionTests(SqliteStoreFixture fixture) : EvaluationActionContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
