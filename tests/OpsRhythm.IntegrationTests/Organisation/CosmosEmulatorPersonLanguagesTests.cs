using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>Remembered languages on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorPersonLanguagesTests(CosmosEmulatorFixture fixture) : PersonLanguagesContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
