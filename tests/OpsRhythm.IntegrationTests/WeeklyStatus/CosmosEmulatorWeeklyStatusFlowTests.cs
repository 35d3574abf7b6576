using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>A week of status on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorWeeklyStatusFlowTests(CosmosEmulatorFixture fixture) : WeeklyStatusFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
