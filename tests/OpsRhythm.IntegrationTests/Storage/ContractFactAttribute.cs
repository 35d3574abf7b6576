using Xunit.Sdk;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>
/// A contract test: run, or skipped with the reason the test class's <see cref="StoreAvailabilityAttribute"/>
/// gives (e.g. no Cosmos account configured), decided per store because the tests live in the shared base class.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("OpsRhythm.IntegrationTests.Storage.ContractFactDiscoverer", "OpsRhythm.IntegrationTests")]
public sealed class ContractFactAttribute : FactAttribute;
