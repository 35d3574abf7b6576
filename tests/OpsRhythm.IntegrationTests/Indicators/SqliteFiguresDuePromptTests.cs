using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>The figures-due prompt on a real SQLite file.</summary>
public sealed class SqliteFiguresDuePromptTests(SqliteStoreFixture fixture) : FiguresDuePromptContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
