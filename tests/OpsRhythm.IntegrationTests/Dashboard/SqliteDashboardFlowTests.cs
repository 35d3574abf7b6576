namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>The dashboard on the bot's own SQLite file.</summary>
public sealed class SqliteDashboardFlowTests : DashboardFlowContract
{
    protected override IReadOnlyDictionary<string, string?> StoreSettings { get; } = new Dictionary<string, string?>();
}
