using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>Remembered languages on a real SQLite file.</summary>
public sealed class SqlitePersonLanguagesTests(SqliteStoreFixture fixture) : PersonLanguagesContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
